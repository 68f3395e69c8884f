package id.lapor;

import java.util.UUID;

import id.lapor.account.AccountManagement;
import id.lapor.account.Role;
import id.lapor.agency.AgencyCatalogue;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/**
 * Creates fresh accounts for a test, so tests neither depend on demo data nor on each other.
 */
@TestComponent
public class TestAccounts {

	public static final String PASSWORD = "rahasia-sekali";

	private final AccountManagement accounts;
	private final AgencyCatalogue agencies;
	private final UserDetailsService users;
	private final JdbcTemplate jdbc;

	TestAccounts(AccountManagement accounts, AgencyCatalogue agencies, UserDetailsService users, JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.agencies = agencies;
		this.users = users;
		this.jdbc = jdbc;
	}

	public String citizen(String fullName) {
		var email = unique("warga");
		accounts.registerCitizen(email, PASSWORD, fullName, null);
		return email;
	}

	public String staff(Role role, String agencyCode) {
		var email = unique(role.name().toLowerCase());
		var agency = agencies.findByCode(agencyCode).orElseThrow();
		accounts.createStaff(email, PASSWORD, "Petugas " + agencyCode, role, agency.id());
		return email;
	}

	/** A liaison officer who also administers their body (admin instansi). */
	public String agencyAdmin(String agencyCode) {
		var email = unique("admin-instansi");
		accounts.createLiaison(email, PASSWORD, "Admin " + agencyCode, agencies.findByCode(agencyCode).orElseThrow().id(),
				true);
		return email;
	}

	/**
	 * Lets a staff account whose role requires two-step verification sign in through the login form with its password
	 * alone, as the demo accounts do (for browser tests of staff pages).
	 */
	public String withoutSecondFactor(String email) {
		jdbc.update("update accounts set second_factor_exempt = true where email = ?", email);
		return email;
	}

	public UserDetails details(String email) {
		return users.loadUserByUsername(email);
	}

	/** Logs the request in as the given account. */
	public RequestPostProcessor as(String email) {
		return SecurityMockMvcRequestPostProcessors.user(details(email));
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID() + "@test.lapor";
	}
}

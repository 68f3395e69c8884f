package id.lapor.account;

import java.util.List;

import id.lapor.agency.AgencyCatalogue;
import id.lapor.system.OnEmbeddedDatabaseCondition;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Demo accounts for trying the system out. Created only with the embedded development database, never when an
 * external database is configured.
 */
@Component
@Conditional(OnEmbeddedDatabaseCondition.class)
class DemoAccounts implements ApplicationRunner {

	static final String PASSWORD = "lapor-demo";

	private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);

	private record Demo(String email, String fullName, Role role, String agencyCode) {}

	private static final List<Demo> STAFF = List.of(
			new Demo("dukcapil.makassar@lapor.test", "Andi Makkasau", Role.LIAISON, "dukcapil-73.71"),
			new Demo("pupr.cirebon@lapor.test", "Siti Rahmawati", Role.LIAISON, "pupr-32.74"),
			new Demo("pln@lapor.test", "Bambang Sutrisno", Role.LIAISON, "pln"),
			new Demo("admin@lapor.test", "Admin Nasional LAPOR!", Role.ADMIN, "kemenpanrb-lapor"),
			new Demo("ombudsman@lapor.test", "Pengawas Ombudsman RI", Role.SUPERVISOR, "ombudsman"),
			new Demo("ksp@lapor.test", "Pengawas Kantor Staf Presiden", Role.SUPERVISOR, "ksp"));

	private final AccountManagement accounts;
	private final AgencyCatalogue agencies;
	private final SecondFactors secondFactors;

	DemoAccounts(AccountManagement accounts, AgencyCatalogue agencies, SecondFactors secondFactors) {
		this.accounts = accounts;
		this.agencies = agencies;
		this.secondFactors = secondFactors;
	}

	@Override
	public void run(ApplicationArguments args) {

		if (!accounts.exists("warga@lapor.test")) {
			accounts.registerCitizen("warga@lapor.test", PASSWORD, "Warga Contoh", null);
		}

		for (var demo : STAFF) {
			if (!accounts.exists(demo.email())) {
				var agency = agencies.findByCode(demo.agencyCode())
						.orElseThrow(() -> new IllegalStateException("Demo body missing: " + demo.agencyCode()));
				if (demo.role() == Role.LIAISON) {
					// The demo liaison officers also administer their body (admin instansi), to try both.
					accounts.createLiaison(demo.email(), PASSWORD, demo.fullName(), agency.id(), true);
				} else {
					accounts.createStaff(demo.email(), PASSWORD, demo.fullName(), demo.role(), agency.id());
				}
			}
			// Demo staff sign in with the password alone (two-step verification offered, not forced); also on
			// databases whose demo accounts predate the flag.
			secondFactors.exempt(demo.email());
		}

		var table = new StringBuilder();
		table.append(String.format("%n  %-32s %-11s %s", "warga@lapor.test", Role.CITIZEN, "-"));
		STAFF.forEach(demo -> table.append(String.format("%n  %-32s %-11s %s", demo.email(), demo.role(),
				demo.agencyCode())));

		LOG.info("Demo accounts (embedded database only), password '{}':{}", PASSWORD, table);
	}
}

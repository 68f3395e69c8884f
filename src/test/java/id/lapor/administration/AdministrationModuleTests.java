package id.lapor.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import id.lapor.TestAccounts;
import id.lapor.account.AccountDirectory;
import id.lapor.account.LaporUser;
import id.lapor.account.Role;
import id.lapor.account.StaffAccount;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.agency.AgencyChangeView;
import id.lapor.agency.AgencyManagement;
import id.lapor.audit.AuditAction;
import id.lapor.audit.AuditEntry;
import id.lapor.audit.AuditLog;
import id.lapor.system.Mailer;
import id.lapor.system.ModuleTestDatabase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The administration module with the modules whose data it administers: {@code agency}, {@code account},
 * {@code calendar} and {@code audit}; {@code account} brings the security rules. The {@code notification} module's
 * {@link Mailer}, which {@code account} sends through, is a mock.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ModuleTestDatabase
@AutoConfigureMockMvc
@Import(TestAccounts.class)
class AdministrationModuleTests {

	private static final String BODY = "dinsos-73.71";

	@MockitoBean Mailer mailer;
	@Autowired LiaisonAdministration liaisons;
	@Autowired TestAccounts accounts;
	@Autowired AccountDirectory directory;
	@Autowired AgencyCatalogue catalogue;
	@Autowired AgencyManagement agencies;
	@Autowired AuditLog audit;
	@Autowired MockMvc mvc;

	@Test
	void aLiaisonOfficerAddedAndDisabledIsRecordedOnTheBody() {

		var administrator = (LaporUser) accounts.details(accounts.staff(Role.ADMIN, "kemenpanrb-lapor"));
		var email = "penghubung-" + UUID.randomUUID() + "@test.lapor";
		var body = catalogue.findByCode(BODY).orElseThrow().id();

		liaisons.add(body, administrator.id(), email, TestAccounts.PASSWORD, "Petugas Baru", false, "Penghubung baru");
		var added = staff(body, email);
		assertThat(added.role()).isEqualTo(Role.LIAISON);
		assertThat(added.enabled()).isTrue();

		liaisons.disable(body, administrator, added.id(), "Pindah tugas");
		assertThat(staff(body, email).enabled()).isFalse();
		assertThat(agencies.details(BODY).changes())
				.extracting(AgencyChangeView::action, AgencyChangeView::detail)
				.contains(tuple("LIAISON_ADDED", email), tuple("LIAISON_DISABLED", added.id().toString()));
		assertThat(audit.find(Set.of(AuditAction.ACCOUNT_DISABLED), administrator.id(), PageRequest.of(0, 10)))
				.extracting(AuditEntry::target).containsExactly(added.id().toString());
	}

	@Test
	void supervisorsMayLookButNotChange() throws Exception {

		var supervisor = accounts.staff(Role.SUPERVISOR, "ombudsman");

		mvc.perform(get("/admin/calendar").with(accounts.as(supervisor))).andExpect(status().isOk());
		mvc.perform(get("/admin/agencies/" + BODY).with(accounts.as(supervisor))).andExpect(status().isOk());
		mvc.perform(post("/admin/calendar").with(csrf()).with(accounts.as(supervisor))
						.param("date", "2031-05-06").param("nameId", "x").param("nameEn", "x").param("kind", "PUBLIC")
						.param("note", "x"))
				.andExpect(status().isForbidden());
		mvc.perform(get("/admin/calendar").with(accounts.as(accounts.staff(Role.LIAISON, BODY))))
				.andExpect(status().isForbidden());
	}

	private StaffAccount staff(long body, String email) {
		return directory.findStaff(body).stream().filter(account -> account.email().equals(email)).findFirst()
				.orElseThrow();
	}
}

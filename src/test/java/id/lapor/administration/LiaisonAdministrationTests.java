package id.lapor.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.account.AccountDirectory;
import id.lapor.account.LaporUser;
import id.lapor.account.Role;
import id.lapor.account.StaffAccount;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.audit.AuditAction;
import id.lapor.audit.AuditLog;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who may disable whom: a body administrator only plain liaison officers of their body and its units; the national
 * administrator any staff account but their own.
 */
@IntegrationTest
class LiaisonAdministrationTests {

	@Autowired LiaisonAdministration liaisons;
	@Autowired TestAccounts accounts;
	@Autowired AccountDirectory directory;
	@Autowired AgencyCatalogue catalogue;
	@Autowired AuditLog audit;
	@Autowired MockMvc mvc;

	@Test
	void aBodyAdministratorDisablesPlainLiaisonsOfTheirBodyAndItsUnits() {

		var bodyAdmin = user(accounts.agencyAdmin("pemda-73.08"));
		var own = user(accounts.staff(Role.LIAISON, "pemda-73.08"));
		var unit = user(accounts.staff(Role.LIAISON, "dinkes-73.08"));

		liaisons.disable(id("pemda-73.08"), bodyAdmin, own.id(), "Pindah tugas");
		liaisons.disable(id("dinkes-73.08"), bodyAdmin, unit.id(), "Pindah tugas");

		assertThat(account("pemda-73.08", own).enabled()).isFalse();
		assertThat(account("dinkes-73.08", unit).enabled()).isFalse();
		assertThat(audit.find(Set.of(AuditAction.ACCOUNT_DISABLED), bodyAdmin.id(), PageRequest.of(0, 10)))
				.extracting(entry -> entry.target())
				.containsExactlyInAnyOrder(own.id().toString(), unit.id().toString());
	}

	@Test
	void aBodyAdministratorCannotDisablePeersStaffOfOtherRolesThemselvesOrOtherBodies() {

		var bodyAdmin = user(accounts.agencyAdmin("pemda-73.08"));
		var peer = user(accounts.agencyAdmin("pemda-73.08"));
		var unitAdmin = user(accounts.agencyAdmin("dinkes-73.08"));
		var admin = user(accounts.staff(Role.ADMIN, "pemda-73.08"));
		var supervisor = user(accounts.staff(Role.SUPERVISOR, "pemda-73.08"));
		var elsewhere = user(accounts.staff(Role.LIAISON, "dinkes-73.71"));

		for (var target : new LaporUser[] { peer, admin, supervisor, bodyAdmin }) {
			assertThatThrownBy(() -> liaisons.disable(id("pemda-73.08"), bodyAdmin, target.id(), "x"))
					.isInstanceOf(DisableRefusedException.class);
			assertThat(account("pemda-73.08", target).enabled()).isTrue();
		}
		assertThatThrownBy(() -> liaisons.disable(id("dinkes-73.08"), bodyAdmin, unitAdmin.id(), "x"))
				.isInstanceOf(DisableRefusedException.class);
		assertThatThrownBy(() -> liaisons.disable(id("dinkes-73.71"), bodyAdmin, elsewhere.id(), "x"))
				.isInstanceOf(DisableRefusedException.class);
		assertThat(account("dinkes-73.71", elsewhere).enabled()).isTrue();
		assertThat(audit.find(Set.of(AuditAction.ACCOUNT_DISABLED), bodyAdmin.id(), PageRequest.of(0, 10))).isEmpty();
	}

	@Test
	void theNationalAdministratorDisablesAnyStaffButThemselves() {

		var admin = user(accounts.staff(Role.ADMIN, "kemenpanrb-lapor"));
		var bodyAdmin = user(accounts.agencyAdmin("pemda-73.08"));

		liaisons.disable(id("pemda-73.08"), admin, bodyAdmin.id(), "Diganti");

		assertThat(account("pemda-73.08", bodyAdmin).enabled()).isFalse();
		assertThatThrownBy(() -> liaisons.disable(id("kemenpanrb-lapor"), admin, admin.id(), "x"))
				.isInstanceOf(DisableRefusedException.class);
	}

	@Test
	void theFormShowsARefusalNotAnError() throws Exception {

		var bodyAdmin = accounts.agencyAdmin("pemda-73.08");
		var peer = user(accounts.agencyAdmin("pemda-73.08"));

		mvc.perform(post("/admin/agencies/pemda-73.08/liaisons/" + peer.id() + "/disable").with(csrf())
				.with(accounts.as(bodyAdmin)).param("note", "x"))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("error", "catalogue.liaison.refused.peer"));

		assertThat(account("pemda-73.08", peer).enabled()).isTrue();
	}

	private StaffAccount account(String agencyCode, LaporUser user) {
		return directory.findStaff(id(agencyCode)).stream().filter(account -> account.id().equals(user.id()))
				.findFirst().orElseThrow();
	}

	private long id(String agencyCode) {
		return catalogue.findByCode(agencyCode).orElseThrow().id();
	}

	private LaporUser user(String email) {
		return (LaporUser) accounts.details(email);
	}
}

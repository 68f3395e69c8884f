package id.lapor.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Set;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.account.LaporUser;
import id.lapor.account.Role;
import id.lapor.agency.AgencyManagement;
import id.lapor.audit.AuditAction;
import id.lapor.audit.AuditLog;
import id.lapor.routing.RoutingRequest;
import id.lapor.routing.RoutingService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A body administrator's keywords could pull other bodies' reports into their inbox, so they wait for the national
 * administrator; the national administrator's own edits take effect at once.
 */
@IntegrationTest
class KeywordReviewTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired AgencyManagement management;
	@Autowired RoutingService routing;
	@Autowired AuditLog audit;

	@Test
	void aBodyAdministratorsKeywordsRouteOnlyAfterApproval() throws Exception {

		var bodyAdmin = accounts.agencyAdmin("pln");
		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");
		var request = RoutingRequest.of("Meteran kwh zzaspal rusak", "Meteran zzaspal rusak di rumah kami.", "73.71");
		var keywords = String.join("\n", management.details("pln").keywords()) + "\nzzaspal";

		mvc.perform(post("/admin/agencies/pln").with(csrf()).with(accounts.as(bodyAdmin))
				.param("name", "PT Perusahaan Listrik Negara (Persero)").param("shortName", "PLN")
				.param("keywords", keywords).param("note", "Tambah istilah")
				.param("version", Long.toString(management.details("pln").version())))
				.andExpect(status().is3xxRedirection());

		assertThat(management.details("pln").keywords()).doesNotContain("zzaspal");
		assertThat(management.details("pln").pendingKeywords()).contains("zzaspal");
		assertThat(routing.decide(request, Locale.ROOT).explanation().toString()).doesNotContain("zzaspal");
		mvc.perform(get("/admin/agencies/pln").with(accounts.as(admin)))
				.andExpect(content().string(containsString("id=\"keyword-review\"")))
				.andExpect(content().string(containsString("zzaspal")));

		mvc.perform(post("/admin/agencies/pln/keywords/approve").with(csrf()).with(accounts.as(bodyAdmin))
				.param("note", "Setuju sendiri").param("version", Long.toString(management.details("pln").version())))
				.andExpect(status().isNotFound());
		assertThat(management.details("pln").keywords()).doesNotContain("zzaspal");

		mvc.perform(post("/admin/agencies/pln/keywords/approve").with(csrf()).with(accounts.as(admin))
				.param("note", "Sesuai").param("version", Long.toString(management.details("pln").version())))
				.andExpect(status().is3xxRedirection());

		assertThat(management.details("pln").keywords()).contains("zzaspal");
		assertThat(management.details("pln").pendingKeywords()).isEmpty();
		assertThat(routing.decide(request, Locale.ROOT).explanation().toString()).contains("zzaspal");
		assertThat(audit.find(Set.of(AuditAction.ROUTING_KEYWORDS_CHANGED), id(admin), PageRequest.of(0, 10)))
				.singleElement().satisfies(entry -> assertThat(entry.target()).isEqualTo("pln"));
		assertThat(audit.find(Set.of(AuditAction.ROUTING_KEYWORDS_CHANGED), id(bodyAdmin), PageRequest.of(0, 10)))
				.hasSize(1);
	}

	@Test
	void aRejectedProposalNeverRoutes() throws Exception {

		var bodyAdmin = accounts.agencyAdmin("pemda-73.11");
		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");

		mvc.perform(post("/admin/agencies/pemda-73.11/units").with(csrf()).with(accounts.as(bodyAdmin))
				.param("code", "uptd-uji-73.11").param("name", "UPTD Uji").param("keywords", "zzlistrik")
				.param("note", "Unit baru"))
				.andExpect(status().is3xxRedirection());
		assertThat(management.details("uptd-uji-73.11").keywords()).isEmpty();
		assertThat(management.details("uptd-uji-73.11").pendingKeywords()).containsExactly("zzlistrik");

		mvc.perform(post("/admin/agencies/uptd-uji-73.11/keywords/reject").with(csrf()).with(accounts.as(admin))
				.param("note", "Bukan wewenang").param("version",
						Long.toString(management.details("uptd-uji-73.11").version())))
				.andExpect(status().is3xxRedirection());

		assertThat(management.details("uptd-uji-73.11").keywords()).isEmpty();
		assertThat(management.details("uptd-uji-73.11").pendingKeywords()).isEmpty();
	}

	private java.util.UUID id(String email) {
		return ((LaporUser) accounts.details(email)).id();
	}
}

package id.lapor.monitoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.Role;
import id.lapor.report.TrackingNumber;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who sees which figures: a regional government's administrator sees its own government, departments and
 * enterprises, and nothing of other regions or of the province above it; a liaison officer sees their own body.
 * Kota Palangka Raya (62.71) and Kota Banjarmasin (63.71) are used by no other test.
 */
@IntegrationTest
class MonitoringScopeTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;

	TrackingNumber palangkaRaya;
	TrackingNumber banjarmasin;

	@BeforeEach
	void submitReports() {
		reports.ensureLiaison("dukcapil-62.71");
		reports.ensureLiaison("dukcapil-63.71");
		palangkaRaya = reports.submit(accounts.citizen("Warga Palangka Raya"), "62.71", "kependudukan-ktp", false, false);
		banjarmasin = reports.submit(accounts.citizen("Warga Banjarmasin"), "63.71", "kependudukan-ktp", false, false);
	}

	@Test
	void aRegionalGovernmentsAdministratorSeesItsDepartmentsOnly() throws Exception {

		var admin = accounts.agencyAdmin("pemda-62.71");

		mvc.perform(get("/monitoring").with(accounts.as(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("/monitoring/bodies/dukcapil-62.71")))
				.andExpect(content().string(not(containsString("dukcapil-63.71"))))
				.andExpect(content().string(not(containsString("regionCode=63"))));
		// The regional drill-down is the nation's; the scope stays when a region is asked for.
		mvc.perform(get("/monitoring").param("regionCode", "63.71").with(accounts.as(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("dukcapil-63.71"))));

		mvc.perform(get("/monitoring/bodies/dukcapil-62.71").with(accounts.as(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("/monitoring/reports/" + palangkaRaya.value())));
		mvc.perform(get("/monitoring/reports/" + palangkaRaya.value()).with(accounts.as(admin)))
				.andExpect(status().isOk());

		mvc.perform(get("/monitoring/bodies/dukcapil-63.71").with(accounts.as(admin))).andExpect(status().isNotFound());
		mvc.perform(get("/monitoring/reports/" + banjarmasin.value()).with(accounts.as(admin)))
				.andExpect(status().isNotFound());

		mvc.perform(get("/monitoring/bodies").with(accounts.as(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"ranking-scope\"")))
				.andExpect(content().string(not(containsString("Kota Banjarmasin"))));
	}

	@Test
	void theStatisticsApiKeepsToTheScope() throws Exception {

		// Every test of this class adds one report to each city; only Palangka Raya's are the administrator's.
		var supervisor = accounts.staff(Role.SUPERVISOR, "ksp");
		var palangkaRayaReports = JsonPath.<Integer>read(mvc.perform(get("/api/v1/statistics").param("groupBy", "body")
				.param("bodyCode", "dukcapil-62.71").with(accounts.as(supervisor)))
				.andReturn().getResponse().getContentAsString(), "$.totals.received");

		var admin = accounts.agencyAdmin("pemda-62.71");
		mvc.perform(get("/api/v1/statistics").param("groupBy", "body").with(accounts.as(admin)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.totals.received").value(palangkaRayaReports))
				.andExpect(jsonPath("$.groups.length()").value(1));
		mvc.perform(get("/api/v1/statistics").param("groupBy", "body").param("bodyCode", "dukcapil-63.71")
				.with(accounts.as(admin)))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.field").value("bodyCode"));
	}

	@Test
	void aProvincesAdministratorDoesNotSeeTheRegenciesOfTheProvince() throws Exception {

		// Regency governments are bodies of their own, not units of the provincial government.
		var admin = accounts.agencyAdmin("pemda-62");
		mvc.perform(get("/monitoring/bodies/dukcapil-62.71").with(accounts.as(admin))).andExpect(status().isNotFound());
		mvc.perform(get("/monitoring/reports/" + palangkaRaya.value()).with(accounts.as(admin)))
				.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/statistics").param("groupBy", "body").param("bodyCode", "dukcapil-62.71")
				.with(accounts.as(admin)))
				.andExpect(status().isForbidden());
	}

	@Test
	void aLiaisonOfficerSeesTheirOwnBodyOnly() throws Exception {

		var liaison = accounts.staff(Role.LIAISON, "dukcapil-62.71");
		mvc.perform(get("/monitoring").with(accounts.as(liaison)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("/monitoring/bodies/dukcapil-62.71")));
		mvc.perform(get("/monitoring/bodies/pemda-62.71").with(accounts.as(liaison))).andExpect(status().isNotFound());
		mvc.perform(get("/monitoring/bodies/dukcapil-63.71").with(accounts.as(liaison))).andExpect(status().isNotFound());
		mvc.perform(get("/monitoring/bodies").with(accounts.as(liaison)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Kota Banjarmasin"))));
	}

	@Test
	void citizensHaveNoMonitoringPages() throws Exception {

		var citizen = accounts.citizen("Warga Penasaran");
		mvc.perform(get("/monitoring").with(accounts.as(citizen))).andExpect(status().isForbidden());
		mvc.perform(get("/monitoring/reports/" + banjarmasin.value()).with(accounts.as(citizen)))
				.andExpect(status().isForbidden());
	}
}

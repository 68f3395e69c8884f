package id.lapor.monitoring;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.Role;
import id.lapor.agency.AgencyCatalogue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/** What anonymous callers get from the statistics, against what a supervisor gets. */
@IntegrationTest
class PublicStatisticsTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired AgencyCatalogue agencies;

	private String bodyKey(String code) {
		return Long.toString(agencies.findByCode(code).orElseThrow().id());
	}

	@Test
	void aSingleReportToASmallBodyIsVisibleToASupervisorButNotToTheAnonymous() throws Exception {

		// Kota Yogyakarta (34.71) is used by no other test: one report to its civil registry.
		reports.ensureLiaison("dukcapil-34.71");
		reports.submit(accounts.citizen("Warga Yogyakarta"), "34.71", "kependudukan-ktp", false, false);
		var body = "$.groups[?(@.key == '" + bodyKey("dukcapil-34.71") + "')]";

		mvc.perform(get("/api/v1/statistics").param("groupBy", "body").param("regionCode", "34.71")
				.with(accounts.as(accounts.staff(Role.SUPERVISOR, "ombudsman"))))
				.andExpect(status().isOk())
				.andExpect(jsonPath(body + ".received", contains(1)));

		mvc.perform(get("/api/v1/statistics").param("groupBy", "body").param("regionCode", "34.71"))
				.andExpect(status().isOk())
				.andExpect(jsonPath(body + ".suppressed", contains(true)))
				.andExpect(jsonPath(body + ".received", contains(nullValue())))
				.andExpect(jsonPath(body + ".followUpRate", contains(nullValue())))
				.andExpect(jsonPath("$.totals.received").value(nullValue()))
				// Nothing of what the public does not get: durations, ratings, ages.
				.andExpect(content().string(not(containsString("durations"))))
				.andExpect(content().string(not(containsString("averageRating"))));
	}

	@Test
	void aSmallBodyCannotBeWorkedOutFromTheTotalsOfTheOthers() throws Exception {

		// Kota Palembang (16.71) is used by no other test: six reports to the roads office, one to the registry.
		reports.ensureLiaison("dukcapil-16.71");
		reports.ensureLiaison("pupr-16.71");
		var citizen = accounts.citizen("Warga Palembang");
		for (int i = 0; i < 6; i++) {
			reports.submit(citizen, "16.71", "jalan-kabupaten-kota", false, false);
		}
		reports.submit(citizen, "16.71", "kependudukan-ktp", false, false);

		mvc.perform(get("/api/v1/statistics").param("groupBy", "body").param("regionCode", "16.71"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.totals.received").value(7))
				.andExpect(jsonPath("$.groups[?(@.key == '" + bodyKey("dukcapil-16.71") + "')].received",
						contains(nullValue())))
				// 7 - 6 would give the registry's 1: the roads office's count is withheld too.
				.andExpect(jsonPath("$.groups[?(@.key == '" + bodyKey("pupr-16.71") + "')].received",
						contains(nullValue())));
	}

	@Test
	void anonymousCallersGetWholeCalendarMonths() throws Exception {

		mvc.perform(get("/api/v1/statistics").param("groupBy", "region").param("from", "2026-03-15")
				.param("to", "2026-04-02"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.from").value("2026-03-01"))
				.andExpect(jsonPath("$.to").value("2026-04-30"));
		mvc.perform(get("/api/v1/statistics").param("groupBy", "region").param("from", "2026-03-15")
				.param("to", "2026-03-15").with(accounts.as(accounts.staff(Role.SUPERVISOR, "ksp"))))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.from").value("2026-03-15"))
				.andExpect(jsonPath("$.to").value("2026-03-15"));
	}

	@Test
	void anonymousCallersCannotSliceByCategoryClassificationChannelOrProgramme() throws Exception {

		for (var group : new String[] { "category", "classification", "channel", "outcome" }) {
			mvc.perform(get("/api/v1/statistics").param("groupBy", group))
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.field").value("groupBy"));
		}
		mvc.perform(get("/api/v1/statistics").param("groupBy", "body").param("categoryCode", "kependudukan"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("categoryCode"));
		mvc.perform(get("/api/v1/statistics").param("groupBy", "body").param("classification", "COMPLAINT"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("classification"));
		mvc.perform(get("/api/v1/statistics").param("groupBy", "body").param("channel", "SMS")
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("channel"))
				.andExpect(jsonPath("$.detail").value(containsString("Without logging in")));
		mvc.perform(get("/api/v1/statistics").param("groupBy", "category")
				.with(accounts.as(accounts.staff(Role.SUPERVISOR, "ksp"))))
				.andExpect(status().isOk());
	}

	@Test
	void extremeOrInvertedDatesAreBadRequestsNotServerErrors() throws Exception {

		var supervisor = accounts.staff(Role.SUPERVISOR, "ombudsman");
		for (var to : new String[] { "+999999999-12-31", "-999999999-01-01", "1999-12-31", "2101-01-01" }) {
			mvc.perform(get("/api/v1/statistics").param("groupBy", "body").param("to", to))
					.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("to"));
			mvc.perform(get("/api/v1/statistics").param("groupBy", "body").param("to", to)
					.with(accounts.as(supervisor)))
					.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("to"));
			mvc.perform(get("/monitoring").param("to", to).with(accounts.as(supervisor)))
					.andExpect(status().isBadRequest())
					.andExpect(content().string(containsString("id=\"period-error\"")))
					.andExpect(content().string(containsString("Periode tidak valid")));
		}
		mvc.perform(get("/monitoring").param("from", "2026-05-01").param("to", "2026-04-01").param("lang", "en")
				.with(accounts.as(supervisor)))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Invalid period")));
		mvc.perform(get("/monitoring").param("from", "2026-04-01").param("to", "2026-05-01")
				.with(accounts.as(supervisor)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("id=\"period-error\""))));
	}

	@Test
	void onlyAnonymousAnswersMayBeKeptInSharedCaches() throws Exception {

		var supervisor = accounts.staff(Role.SUPERVISOR, "ombudsman");
		mvc.perform(get("/statistik"))
				.andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("public")));
		mvc.perform(get("/statistik").with(accounts.as(supervisor)))
				.andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
				.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("private")))
				.andExpect(header().string(HttpHeaders.CACHE_CONTROL, not(containsString("public"))));
		mvc.perform(get("/api/v1/statistics").param("groupBy", "region"))
				.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("public")));
		mvc.perform(get("/api/v1/statistics").param("groupBy", "region").with(accounts.as(supervisor)))
				.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")));
	}

	@Test
	void thePublicPageShowsSmallCountsAsLessThanFive() throws Exception {

		// Kota Semarang (33.74) is used by no other test: one report, in province Jawa Tengah.
		reports.ensureLiaison("dukcapil-33.74");
		reports.submit(accounts.citizen("Warga Semarang"), "33.74", "kependudukan-ktp", false, false);

		mvc.perform(get("/statistik").param("regionCode", "33"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Kota Semarang")))
				.andExpect(content().string(containsString("&lt; 5")))
				.andExpect(content().string(containsString("id=\"suppressed-note\"")));
		mvc.perform(get("/statistik").param("regionCode", "33").param("lang", "zz-nonsense"))
				.andExpect(status().isOk());
	}
}

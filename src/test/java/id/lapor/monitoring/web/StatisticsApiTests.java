package id.lapor.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.Role;
import id.lapor.monitoring.SmallCellSuppression;
import id.lapor.report.Outcome;
import id.lapor.report.TrackingNumber;

import com.jayway.jsonpath.JsonPath;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class StatisticsApiTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired JdbcTemplate jdbc;

	private @Nullable String supervisor;

	/** These tests look at what supervisors see; anonymous callers get less (PublicStatisticsTests). */
	private RequestPostProcessor supervisor() {
		if (supervisor == null) {
			supervisor = accounts.staff(Role.SUPERVISOR, "ombudsman");
		}
		return accounts.as(supervisor);
	}

	@Test
	void aSupervisorGetsAggregatesPerBody() throws Exception {

		reports.ktpComplaint(accounts.citizen("Warga"), false, true);

		mvc.perform(get("/api/v1/statistics").with(supervisor()).param("groupBy", "body"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.asOf").exists())
				.andExpect(jsonPath("$.groups[*].name", hasItem("Dinas Kependudukan dan Pencatatan Sipil Kota Makassar")))
				.andExpect(jsonPath("$.totals.received", greaterThanOrEqualTo(1)))
				.andExpect(jsonPath("$.totals.followUpRate").exists())
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Blangko KTP-el habis"))));
	}

	@Test
	void groupsComeInPagesWithTheTotalsOfAll() throws Exception {

		reports.ktpComplaint(accounts.citizen("Warga"), false, true);
		var all = JsonPath.<List<String>>read(mvc.perform(get("/api/v1/statistics").with(supervisor()).param("groupBy", "body"))
				.andExpect(jsonPath("$.page.number").value(0))
				.andExpect(jsonPath("$.page.size").value(StatisticsApiController.MAX_PAGE_SIZE))
				.andReturn().getResponse().getContentAsString(), "$.groups[*].key");
		assertThat(all).hasSizeGreaterThan(1);
		var totals = JsonPath.<Integer>read(mvc.perform(get("/api/v1/statistics").with(supervisor()).param("groupBy", "body"))
				.andReturn().getResponse().getContentAsString(), "$.totals.received");

		mvc.perform(get("/api/v1/statistics").with(supervisor()).param("groupBy", "body").param("size", "1").param("page", "1"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.groups.length()").value(1))
				.andExpect(jsonPath("$.groups[0].key").value(all.get(1)))
				.andExpect(jsonPath("$.page.totalElements").value(all.size()))
				.andExpect(jsonPath("$.page.totalPages").value(all.size()))
				.andExpect(jsonPath("$.totals.received").value(totals));
		mvc.perform(get("/api/v1/statistics").with(supervisor()).param("groupBy", "body").param("size", "1")
				.param("page", String.valueOf(all.size())))
				.andExpect(status().isOk()).andExpect(jsonPath("$.groups.length()").value(0));
		for (var size : List.of("0", "1001", "sepuluh")) {
			mvc.perform(get("/api/v1/statistics").with(supervisor()).param("groupBy", "body").param("size", size))
					.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("size"));
		}
		mvc.perform(get("/api/v1/statistics").with(supervisor()).param("groupBy", "body").param("page", "-1"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("page"));
	}

	@Test
	void countsOpenReportsByAgeAndActivity() throws Exception {

		// Kota Mataram is used by no other test: four open reports, sent today, 20 days ago, 40 days ago (changed
		// since) and 100 days ago (never changed since).
		reports.ensureLiaison("dukcapil-52.71");
		var citizen = accounts.citizen("Warga Mataram");
		reports.submit(citizen, "52.71", "kependudukan-ktp", false, false);
		for (var days : new int[] { 20, 40, 100 }) {
			var number = reports.submit(citizen, "52.71", "kependudukan-ktp", false, false);
			jdbc.update("""
					update reports set submitted_at = submitted_at - make_interval(days => ?),
					                   last_changed_at = last_changed_at - make_interval(days => ?)
					where tracking_number = ?""", days, days == 40 ? 10 : days, number.value());
		}

		var mataram = "$.groups[?(@.key == '52.71')]";
		mvc.perform(get("/api/v1/statistics").with(supervisor()).param("groupBy", "region").param("regionCode", "52"))
				.andExpect(status().isOk())
				.andExpect(jsonPath(mataram + ".received", contains(4)))
				.andExpect(jsonPath(mataram + ".openAge.fresh", contains(2)))
				.andExpect(jsonPath(mataram + ".openAge.older", contains(1)))
				.andExpect(jsonPath(mataram + ".openAge.stale", contains(1)))
				.andExpect(jsonPath(mataram + ".reportsPer100k", contains(closeTo(4 * 100_000.0 / 461_936, 0.0001))))
				.andExpect(jsonPath("$.totals.openAge.stale", greaterThanOrEqualTo(1)));
	}

	@Test
	void timesToRespondAreWorkingDaysWithoutHolidaysAndTheTotalIsNotAnAverageOfGroups() throws Exception {

		// Kota Gorontalo (75.71) is used by no other test. Independence Day, Monday 17 August 2026, is a holiday.
		reports.ensureLiaison("dukcapil-75.71");
		reports.ensureLiaison("pupr-75.71");
		var citizen = accounts.citizen("Warga Gorontalo");
		var overTheHoliday = reports.submit(citizen, "75.71", "kependudukan-ktp", false, false);
		var slow = reports.submit(citizen, "75.71", "jalan-kabupaten-kota", false, false);
		var open = reports.submit(citizen, "75.71", "kependudukan-ktp", false, false);
		handled(overTheHoliday, "2026-08-14 10:00", "2026-08-18 09:00", "2026-08-21 15:00"); // 1 and 4 working days
		handled(slow, "2026-08-03 10:00", "2026-08-13 10:00", "2026-08-13 16:00"); // 8 and 8 working days
		jdbc.update("update reports set submitted_at = '2026-08-20 10:00+07' where tracking_number = ?", open.value());

		mvc.perform(get("/api/v1/statistics").with(supervisor()).param("groupBy", "body").param("regionCode", "75.71")
				.param("from", "2026-08-01").param("to", "2026-08-31"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.totals.received").value(3))
				.andExpect(jsonPath("$.totals.durations.firstResponseMedian").value(4.5))
				.andExpect(jsonPath("$.totals.durations.firstResponseP90").value(closeTo(7.3, 0.0001)))
				.andExpect(jsonPath("$.totals.durations.completionMedian").value(6.0))
				.andExpect(jsonPath("$.groups[*].durations.firstResponseMedian", containsInAnyOrder(1.0, 8.0)));
	}

	private void handled(TrackingNumber number, String submitted, String followedUp, String completed) {
		jdbc.update("""
				update reports set submitted_at = cast(? as timestamp) at time zone 'Asia/Jakarta',
				       followed_up_at = cast(? as timestamp) at time zone 'Asia/Jakarta',
				       completed_at = cast(? as timestamp) at time zone 'Asia/Jakarta', status = 'COMPLETED',
				       outcome = 'SOLVED', next_due_at = null
				where tracking_number = ?""", submitted, followedUp, completed, number.value());
	}

	@Test
	void countsReportsByOutcome() throws Exception {

		// Kota Kupang is used by no other test: one report answered "not our responsibility", one still open.
		var liaison = accounts.staff(Role.LIAISON, "dukcapil-53.71");
		var citizen = accounts.citizen("Warga Kupang");
		reports.submit(citizen, "53.71", "kependudukan-ktp", false, false);
		var number = reports.submit(citizen, "53.71", "kependudukan-ktp", false, false);
		reports.complete(number, liaison, Outcome.NOT_RESPONSIBLE);

		mvc.perform(get("/api/v1/statistics").with(supervisor()).param("groupBy", "outcome").param("regionCode", "53.71"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.groups[?(@.key == 'NOT_RESPONSIBLE')].received", contains(1)))
				.andExpect(jsonPath("$.groups[?(@.key == 'NOT_RESPONSIBLE')].name", contains("Bukan kewenangan instansi")))
				.andExpect(jsonPath("$.groups[?(@.key == 'NONE')].received", contains(1)))
				.andExpect(jsonPath("$.totals.received").value(2));
	}

	@Test
	void groupsByProvinceAndWithinAProvinceByRegency() throws Exception {

		reports.ktpComplaint(accounts.citizen("Warga"), false, false);

		mvc.perform(get("/api/v1/statistics").with(supervisor()).param("groupBy", "region"))
				.andExpect(jsonPath("$.groups[*].name", hasItem("Sulawesi Selatan")));
		mvc.perform(get("/api/v1/statistics").with(supervisor()).param("groupBy", "region").param("regionCode", "73"))
				.andExpect(jsonPath("$.groups[*].name", hasItem("Kota Makassar")));
		mvc.perform(get("/api/v1/statistics").with(supervisor()).param("groupBy", "month"))
				.andExpect(jsonPath("$.groups[0].key").value(org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d{2}")));
	}

	@Test
	void aLiaisonSeesTheirOwnBodyOnly() throws Exception {

		reports.ktpComplaint(accounts.citizen("Warga"), false, false);
		var pln = accounts.staff(Role.LIAISON, "pln");

		mvc.perform(get("/api/v1/statistics").param("groupBy", "body").with(accounts.as(pln)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.groups[*].name", org.hamcrest.Matchers.not(
						hasItem("Dinas Kependudukan dan Pencatatan Sipil Kota Makassar"))));
		mvc.perform(get("/api/v1/statistics").param("groupBy", "body").param("bodyCode", "dukcapil-73.71")
				.with(accounts.as(pln)))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.field").value("bodyCode"));
	}

	@Test
	void anEmptyFilterIsNoFilter() throws Exception {

		reports.ktpComplaint(accounts.citizen("Warga"), false, false);
		mvc.perform(get("/api/v1/statistics").param("groupBy", "region").param("regionCode", "")
				.param("categoryCode", " ").param("bodyCode", ""))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.groups[*].key", hasItem("73")));
	}

	@Test
	void badParametersAreProblemsNamingTheParameter() throws Exception {

		mvc.perform(get("/api/v1/statistics")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("groupBy"));
		mvc.perform(get("/api/v1/statistics").param("groupBy", "weather")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("groupBy"));
		mvc.perform(get("/api/v1/statistics").param("groupBy", "body").param("from", "kemarin"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("from"));
		mvc.perform(get("/api/v1/statistics").param("groupBy", "body").param("from", "2026-12-31")
				.param("to", "2026-01-01"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("from"));
		mvc.perform(get("/api/v1/statistics").param("groupBy", "body").param("regionCode", "99"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("regionCode"));
	}

	@Test
	void thePublicStatisticsPageShowsAggregatesOnly() throws Exception {

		// Five reports, so that the category is not a small count (suppressed, and left out of the top categories).
		var reporter = accounts.citizen("Nama Pribadi Pelapor");
		for (int i = 0; i < SmallCellSuppression.K; i++) {
			reports.ktpComplaint(reporter, false, true);
		}

		mvc.perform(get("/statistik"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Sulawesi Selatan")))
				.andExpect(content().string(containsString("KTP Elektronik dan Blangko")))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Nama Pribadi Pelapor"))))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Blangko KTP-el habis"))))
				.andExpect(content().string(containsString("/statistik?regionCode=73")));
		mvc.perform(get("/statistik").param("regionCode", "73"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Kota Makassar")))
				.andExpect(content().string(containsString("Per kabupaten/kota")))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Nama Pribadi Pelapor"))));
	}
}

package id.lapor.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.Role;
import id.lapor.report.Outcome;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A supervisor drills down from the nation to a report, and exports what a page shows.
 */
@IntegrationTest
class MonitoringDashboardTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;

	@Test
	void drillsDownFromTheNationToABodysReports() throws Exception {

		var number = reports.ktpComplaint(accounts.citizen("Warga"), false, false);
		var supervisor = accounts.staff(Role.SUPERVISOR, "ksp");

		mvc.perform(get("/monitoring").with(accounts.as(supervisor)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("href=\"/monitoring?from=")))
				.andExpect(content().string(containsString("Umur laporan yang belum selesai")))
				.andExpect(content().string(containsString("Sulawesi Selatan")));
		mvc.perform(get("/monitoring").param("regionCode", "73").with(accounts.as(supervisor)))
				.andExpect(content().string(containsString("Kota Makassar")))
				.andExpect(content().string(containsString("Per kabupaten/kota")))
				.andExpect(content().string(containsString("Per 100 ribu penduduk")));
		mvc.perform(get("/monitoring").param("regionCode", "73.71").with(accounts.as(supervisor)))
				.andExpect(content().string(containsString("/monitoring/bodies/dukcapil-73.71")))
				.andExpect(content().string(containsString("Sulawesi Selatan")));
		mvc.perform(get("/monitoring/bodies/dukcapil-73.71").with(accounts.as(supervisor)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(number.formatted())))
				.andExpect(content().string(containsString("/monitoring/reports/" + number.value())));
		mvc.perform(get("/monitoring/reports/" + number.value()).with(accounts.as(supervisor))).andExpect(status().isOk());
	}

	@Test
	void showsHowCompletedReportsEnded() throws Exception {

		// Kota Pontianak is used by no other test.
		var liaison = accounts.staff(Role.LIAISON, "dukcapil-61.71");
		var supervisor = accounts.staff(Role.SUPERVISOR, "ksp");
		var number = reports.submit(accounts.citizen("Warga Pontianak"), "61.71", "kependudukan-ktp", false, false);
		mvc.perform(get("/monitoring").param("regionCode", "61.71").with(accounts.as(supervisor)))
				.andExpect(content().string(containsString("Belum ada laporan periode ini yang selesai.")));

		reports.complete(number, liaison, Outcome.DUPLICATE);

		mvc.perform(get("/monitoring").param("regionCode", "61.71").with(accounts.as(supervisor)))
				.andExpect(content().string(containsString("Duplikat laporan lain")))
				.andExpect(content().string(not(containsString("Belum ada laporan periode ini yang selesai."))));
	}

	@Test
	void coloursEachRegionByItsComplianceZone() throws Exception {

		// Kota Balikpapan and Kota Samarinda are used by no other test: five reports each, all answered in one.
		var liaison = accounts.staff(Role.LIAISON, "dukcapil-64.71");
		var supervisor = accounts.staff(Role.SUPERVISOR, "ksp");
		for (int i = 0; i < 5; i++) {
			reports.complete(reports.submit(accounts.citizen("Warga Balikpapan " + i), "64.71", "kependudukan-ktp",
					false, false), liaison, Outcome.SOLVED);
			reports.submit(accounts.citizen("Warga Samarinda " + i), "64.72", "kependudukan-ktp", false, false);
		}

		var page = mvc.perform(get("/monitoring").param("regionCode", "64").with(accounts.as(supervisor)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).containsPattern("(?s)data-zone=\"GREEN\">\\s*<td>\\s*<a[^>]*>Kota Balikpapan</a>")
				.containsPattern("(?s)data-zone=\"RED\">\\s*<td>\\s*<a[^>]*>Kota Samarinda</a>")
				.contains("Hijau 100", "Merah 0");
	}

	@Test
	void exportsTheTableShownAsCsv() throws Exception {

		reports.ktpComplaint(accounts.citizen("Warga"), false, false);

		var csv = mvc.perform(get("/monitoring").param("regionCode", "73").param("format", "csv")
				.with(accounts.as(accounts.staff(Role.ADMIN, "kemenpanrb-lapor"))))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Disposition", containsString("lapor-monitoring-73-")))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(csv.lines().findFirst()).contains(String.join(",", MonitoringController.INDICATOR_COLUMNS));
		assertThat(MonitoringController.INDICATOR_COLUMNS).startsWith("key", "name", "received")
				.contains("open_stale_over_8_weeks", "first_response_working_days_median");
		assertThat(csv).contains("73.71,Kota Makassar,");
	}

	@Test
	void isForStaffOnly() throws Exception {
		mvc.perform(get("/monitoring").with(accounts.as(accounts.staff(Role.LIAISON, "pln"))))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Sulawesi Selatan"))));
		mvc.perform(get("/monitoring/bodies/pln").with(accounts.as(accounts.citizen("Warga"))))
				.andExpect(status().isForbidden());
	}

	@Test
	void filtersByCategoryClassificationChannelAndKindOfBody() throws Exception {

		// Kota Kendari (74.71) is used by no other test.
		reports.ensureLiaison("dukcapil-74.71");
		reports.ensureLiaison("pupr-74.71");
		reports.submit(accounts.citizen("Warga Kendari"), "74.71", "kependudukan-ktp", false, false);
		reports.submit(accounts.citizen("Warga Kendari"), "74.71", "jalan-kabupaten-kota", false, false);
		var supervisor = accounts.staff(Role.SUPERVISOR, "ksp");

		expectReceived(supervisor, 2, "classification", "COMPLAINT");
		expectReceived(supervisor, 0, "classification", "ASPIRATION");
		expectReceived(supervisor, 1, "categoryCode", "kependudukan");
		expectReceived(supervisor, 2, "channel", "WEB");
		expectReceived(supervisor, 0, "channel", "SMS");
		expectReceived(supervisor, 2, "bodyKind", "LOCAL_GOVERNMENT");
		expectReceived(supervisor, 0, "bodyKind", "BUMN");
		mvc.perform(get("/api/v1/statistics").param("groupBy", "body").param("bodyKind", "CITY"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("bodyKind"));

		// The dashboard keeps the filters in every link it shows, and an unknown value is no filter.
		mvc.perform(get("/monitoring").param("regionCode", "74").param("classification", "COMPLAINT")
				.param("bodyKind", "nonsense").with(accounts.as(supervisor)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("regionCode=74.71&amp;classification=COMPLAINT")))
				.andExpect(content().string(containsString("<option value=\"COMPLAINT\" selected=\"selected\">")))
				.andExpect(content().string(containsString("format=csv")))
				.andExpect(content().string(not(containsString("bodyKind=nonsense"))));
	}

	private void expectReceived(String email, int received, String parameter, String value) throws Exception {
		mvc.perform(get("/api/v1/statistics").param("groupBy", "body").param("regionCode", "74.71")
				.param(parameter, value).with(accounts.as(email)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.totals.received").value(received));
	}
}

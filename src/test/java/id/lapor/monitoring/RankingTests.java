package id.lapor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.Role;
import id.lapor.statistics.Indicators;
import id.lapor.statistics.StatisticsRow;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class RankingTests {

	private static final ComplianceProperties DEFAULTS = new ComplianceProperties(0.4, 0.3, 0.3, 81, 51, 5);

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;

	@Test
	void theScoreWeighsTheRatesAndFallsIntoOmbudsmanZones() {

		// 10 received: 2 in progress, 8 completed (6 on time), 1 open and late.
		var body = Indicators.of(new StatisticsRow("1", 10, 0, 0, 2, 8, 0, 0, 1, 6, 0, 0, null,
				StatisticsRow.OpenAge.NONE, StatisticsRow.Durations.NONE), "Dinas");
		var compliance = Compliance.of(body, DEFAULTS);

		// 100 × (0.4 × 1.0 + 0.3 × 6/9 + 0.3 × 0.8) = 84.0
		assertThat(compliance.score()).isCloseTo(84.0, within(0.05));
		assertThat(compliance.zone()).isEqualTo("GREEN");

		var poor = Compliance.of(Indicators.of(new StatisticsRow("2", 10, 0, 9, 1, 0, 0, 0, 9, 0, 0, 0, null,
				StatisticsRow.OpenAge.NONE, StatisticsRow.Durations.NONE), "Lambat"),
				DEFAULTS);
		assertThat(poor.score()).isCloseTo(4.0, within(0.05));
		assertThat(poor.zone()).isEqualTo("RED");
	}

	@Test
	void bodiesWithTooFewReportsAreShownButNotRanked() {
		var few = Compliance.of(Indicators.of(new StatisticsRow("3", 4, 0, 0, 0, 4, 0, 0, 0, 4, 0, 0, null,
				StatisticsRow.OpenAge.NONE, StatisticsRow.Durations.NONE), "Kecil"),
				DEFAULTS);
		assertThat(few.score()).isNull();
		assertThat(few.zone()).isEqualTo("TOO_FEW");
	}

	@Test
	void supervisorsSeeTheRankingOfAllBodiesAndLiaisonsTheirOwn() throws Exception {

		reports.ktpComplaint(accounts.citizen("Warga"), false, false);

		mvc.perform(get("/monitoring/bodies").with(accounts.as(accounts.staff(Role.SUPERVISOR, "ombudsman"))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Dinas Kependudukan dan Pencatatan Sipil Kota Makassar")))
				.andExpect(content().string(containsString("id=\"formula\"")))
				.andExpect(content().string(containsString("href=\"/monitoring/bodies/dukcapil-73.71\"")));
		mvc.perform(get("/monitoring/bodies").param("q", "tidak ada instansi seperti ini")
				.with(accounts.as(accounts.staff(Role.ADMIN, "kemenpanrb-lapor"))))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("data-zone"))));
		mvc.perform(get("/monitoring/bodies").with(accounts.as(accounts.staff(Role.LIAISON, "pln"))))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Kota Makassar"))));
		mvc.perform(get("/monitoring/bodies")).andExpect(status().is3xxRedirection());
	}
}

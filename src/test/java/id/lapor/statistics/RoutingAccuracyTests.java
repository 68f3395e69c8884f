package id.lapor.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.LaporUser;
import id.lapor.account.Role;
import id.lapor.report.ForwardKind;
import id.lapor.report.ReportHandling;
import id.lapor.report.ReportQueries;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The router's live accuracy: of the reports routing gave straight to a body, those no body declined.
 */
@IntegrationTest
class RoutingAccuracyTests {

	@Autowired RoutingAccuracy accuracy;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired ReportHandling handling;
	@Autowired ReportQueries queries;
	@Autowired MockMvc mvc;
	@Autowired Clock clock;

	@Test
	void countsTheRoutedReportsThatNoBodyDeclined() throws Exception {

		reports.ensureLiaison("dukcapil-73.15");
		reports.ensureLiaison("pemda-73.15");
		var officer = (LaporUser) accounts.details(accounts.staff(Role.LIAISON, "dukcapil-73.15"));
		var citizen = accounts.citizen("Warga Pinrang");
		reports.submit(citizen, "73.15", "kependudukan-ktp", false, false);
		var declined = reports.submit(citizen, "73.15", "kependudukan-ktp", false, false);

		handling.forward(declined, officer, version(declined, officer), "pemda-73.15", ForwardKind.DECLINE,
				"Bukan wewenang kami: soal pelayanan kecamatan.");
		var from = clock.instant().minus(Duration.ofDays(1));
		var to = clock.instant().plus(Duration.ofDays(1));

		var byKind = accuracy.byBodyKind(from, to, "73.15", null);
		var byCategory = accuracy.byCategory(from, to, "73", null);

		assertThat(byKind).last().satisfies(total -> {
			assertThat(total.key()).isNull();
			assertThat(total.routed()).isEqualTo(2);
			assertThat(total.stayed()).isEqualTo(1);
		});
		assertThat(byKind).filteredOn(row -> "LOCAL_GOVERNMENT".equals(row.key())).singleElement()
				.extracting(RoutingAccuracy.Row::routed).isEqualTo(2L);
		assertThat(byCategory).filteredOn(row -> "kependudukan-ktp".equals(row.key())).singleElement()
				.satisfies(row -> assertThat(row.routed() - row.stayed()).isGreaterThanOrEqualTo(1));

		mvc.perform(get("/monitoring").param("regionCode", "73.15")
				.with(accounts.as(accounts.staff(Role.ADMIN, "kemenpanrb-lapor"))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"routing-accuracy\"")))
				.andExpect(content().string(containsString("1 (50,0%)")));
	}

	private long version(id.lapor.report.TrackingNumber number, LaporUser officer) {
		return queries.findForAgency(number, officer.requireAgencyId(), Locale.ROOT).orElseThrow().version();
	}
}

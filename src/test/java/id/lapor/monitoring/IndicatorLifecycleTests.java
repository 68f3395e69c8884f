package id.lapor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.LaporUser;
import id.lapor.account.Role;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.report.ArchiveReason;
import id.lapor.report.ForwardKind;
import id.lapor.report.Outcome;
import id.lapor.report.ReportHandling;
import id.lapor.report.ReportQueries;
import id.lapor.report.ReportStatus;
import id.lapor.report.ReportVerification;
import id.lapor.report.ReporterConversation;
import id.lapor.report.TrackingNumber;
import id.lapor.statistics.Filter;
import id.lapor.statistics.Statistics;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The indicators follow the lifecycle: a report waiting for verification is unverified, an archived one is counted
 * as archived (neither open nor followed up), a forwarded one counts at the body that has it now, and a reopened one
 * is red again and counts in the reopen rate. Kota Bengkulu (17.71) is used by no other test.
 */
@IntegrationTest
class IndicatorLifecycleTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired ReportHandling handling;
	@Autowired ReportVerification verification;
	@Autowired ReporterConversation conversation;
	@Autowired ReportQueries queries;
	@Autowired AgencyCatalogue agencies;
	@Autowired Statistics statistics;

	private @Nullable String supervisor;

	/** Counts as small as these are suppressed for anonymous callers: the figures of a supervisor. */
	private RequestPostProcessor supervisor() {
		if (supervisor == null) {
			supervisor = accounts.staff(Role.SUPERVISOR, "ombudsman");
		}
		return accounts.as(supervisor);
	}

	@Test
	void statusBucketsFollowTheLifecycle() throws Exception {

		var reporter = accounts.citizen("Warga Bengkulu");
		var admin = user(accounts.staff(Role.ADMIN, "kemenpanrb-lapor"));

		// No liaison in Kota Bengkulu yet: the report waits for the national administrator.
		var unstaffed = reports.submit(reporter, "17.71", "kependudukan-ktp", false, false);
		assertThat(statusOf(unstaffed)).isEqualTo(ReportStatus.AWAITING_VERIFICATION);
		expectTotals(1, 1, 0, 0, 0);

		verification.archive(unstaffed, admin, version(unstaffed), ArchiveReason.TOO_GENERAL, null, "Terlalu umum");
		expectTotals(1, 0, 0, 0, 1);

		// A report forwarded as "bukan wewenang" counts at the body that has it now.
		var dukcapil = accounts.staff(Role.LIAISON, "dukcapil-17.71");
		var pupr = accounts.staff(Role.LIAISON, "pupr-17.71");
		var forwarded = reports.submit(reporter, "17.71", "kependudukan-ktp", false, false);
		handling.forward(forwarded, user(dukcapil), version(forwarded), "pupr-17.71", ForwardKind.DECLINE,
				"Jalan rusak, bukan urusan kependudukan");
		expectTotals(2, 0, 1, 0, 1);
		var puprId = Long.toString(agencies.findByCode("pupr-17.71").orElseThrow().id());
		var dukcapilId = Long.toString(agencies.findByCode("dukcapil-17.71").orElseThrow().id());
		mvc.perform(get("/api/v1/statistics").with(supervisor()).param("groupBy", "body").param("regionCode", "17.71"))
				.andExpect(jsonPath("$.groups[?(@.key == '" + puprId + "')].received").value(1))
				.andExpect(jsonPath("$.groups[?(@.key == '" + dukcapilId + "')]", empty()));
		// The body that declined sees it as forwarded out on the dashboard.
		mvc.perform(get("/monitoring").param("regionCode", "17.71")
				.with(accounts.as(accounts.staff(Role.SUPERVISOR, "ombudsman"))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Diteruskan keluar")));
		assertThat(forwardedOut(dukcapilId)).isEqualTo(1);

		// Completed, then reopened by the reporter: red again, and in the reopen rate.
		reports.complete(forwarded, pupr, Outcome.SOLVED,
				"Jalan di Kelurahan Pasar Jitra sudah kami tambal pada 20 November, silakan dicek kembali.");
		expectTotals(2, 0, 0, 1, 1);
		conversation.rate(forwarded, user(reporter), 1, "Belum beres.");
		conversation.reopen(forwarded, user(reporter), "Lubang di depan sekolah belum ditambal.");
		expectTotals(2, 0, 1, 0, 1);
		mvc.perform(get("/api/v1/statistics").with(supervisor()).param("groupBy", "body").param("regionCode", "17.71"))
				.andExpect(jsonPath("$.totals.reopenRate").value(0.5))
				.andExpect(jsonPath("$.totals.followUpRate").value(0.0))
				.andExpect(jsonPath("$.totals.ratings").value(1))
				.andExpect(jsonPath("$.totals.averageRating").value(1.0))
				// Reopening asks for a new first follow-up: the report has none for now.
				.andExpect(jsonPath("$.totals.durations.firstResponseMedian").doesNotExist());
	}

	private void expectTotals(int received, int unverified, int red, int green, int archived) throws Exception {
		mvc.perform(get("/api/v1/statistics").with(supervisor()).param("groupBy", "body").param("regionCode", "17.71"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.totals.received").value(received))
				.andExpect(jsonPath("$.totals.unverified").value(unverified))
				.andExpect(jsonPath("$.totals.red").value(red))
				.andExpect(jsonPath("$.totals.green").value(green))
				.andExpect(jsonPath("$.totals.archived").value(archived));
	}

	private long forwardedOut(String bodyKey) {
		var filter = new Filter(Instant.now().minus(Duration.ofDays(1)),
				Instant.now().plus(Duration.ofDays(1)), null, "17.71", null);
		return statistics.forwardedOut(filter, java.util.List.of(Long.valueOf(bodyKey))).getOrDefault(
				Long.valueOf(bodyKey), 0L);
	}

	private ReportStatus statusOf(TrackingNumber number) {
		return queries.findForSupervision(number, Locale.ROOT).orElseThrow().status();
	}

	private long version(TrackingNumber number) {
		return queries.findForSupervision(number, Locale.ROOT).orElseThrow().version();
	}

	private LaporUser user(String email) {
		return (LaporUser) accounts.details(email);
	}
}

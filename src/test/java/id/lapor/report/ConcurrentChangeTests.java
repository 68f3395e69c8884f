package id.lapor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.LaporUser;
import id.lapor.account.Role;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two officers answering one report at the same moment: the second waits for the first (the report's row is locked
 * before anything is written), then is told that the report changed. Before, both wrote the report and the rows keyed
 * by it in different orders, and under load PostgreSQL broke the resulting deadlock by failing one of them with an
 * error page; or the second overwrote nothing only because its version no longer matched (a 500, not the message).
 */
@IntegrationTest
class ConcurrentChangeTests {

	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired ReportQueries queries;
	@Autowired ReportHandling handling;
	@Autowired TransactionTemplate transactions;
	@Autowired JdbcTemplate jdbc;

	@Test
	void theSecondOfTwoSimultaneousAnswersWaitsAndIsToldTheReportChanged() throws Exception {

		reports.ensureLiaison("dukcapil-73.13");
		var first = user(accounts.staff(Role.LIAISON, "dukcapil-73.13"));
		var second = user(accounts.staff(Role.LIAISON, "dukcapil-73.13"));
		var number = reports.submit(accounts.citizen("Warga Wajo"), "73.13", "kependudukan-ktp", false, false);
		var version = queries.findForAgency(number, first.requireAgencyId(), Locale.ROOT).orElseThrow().version();

		var answered = new CountDownLatch(1);
		var commit = new CountDownLatch(1);
		try (var officers = Executors.newFixedThreadPool(2)) {
			var firstAnswer = officers.submit(() -> transactions.executeWithoutResult(status -> {
				handling.respond(number, first, version, "Sedang kami proses.", ReportStatus.IN_PROGRESS, null, null);
				answered.countDown();
				await(commit);
			}));
			assertThat(answered.await(30, TimeUnit.SECONDS)).isTrue();

			var secondAnswer = officers.submit(() -> handling.respond(number, second, version, "Kami cek dulu.",
					ReportStatus.IN_PROGRESS, null, null));
			// The second answer waits for a lock the first one holds.
			while (!waitingForALock()) {
				assertThat(secondAnswer.isDone()).as("the second answer waits for the first").isFalse();
				Thread.sleep(20);
			}
			commit.countDown();
			firstAnswer.get(30, TimeUnit.SECONDS);

			assertThatThrownBy(() -> secondAnswer.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
					.cause().isInstanceOf(ReportChangedException.class);
		}

		var details = queries.findForAgency(number, first.requireAgencyId(), Locale.ROOT).orElseThrow();
		assertThat(details.responses()).extracting(ReportDetails.ResponseView::body).contains("Sedang kami proses.")
				.doesNotContain("Kami cek dulu.");
	}

	private boolean waitingForALock() {
		return jdbc.queryForObject("""
				select count(*) from pg_stat_activity
				where datname = current_database() and wait_event_type = 'Lock'
				and query ilike '%reports%'""",
				Integer.class) > 0;
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private LaporUser user(String email) {
		return (LaporUser) accounts.details(email);
	}
}

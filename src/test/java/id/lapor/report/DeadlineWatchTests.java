package id.lapor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.Role;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reminders before a deadline and escalation after it, driven at controlled moments (the scheduled job passes the
 * clock's instant; here the test chooses it).
 */
@IntegrationTest
class DeadlineWatchTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired ReportQueries queries;
	@Autowired ReportDeadlines deadlines;
	@Autowired JdbcTemplate jdbc;

	@Test
	void remindsOnceWhenTheDeadlineIsNear() {

		var number = reports.ktpComplaint(accounts.citizen("Warga"), false, false);
		var due = details(number).deadlines().followUpDue();

		deadlines.sendReminders(details(number).submittedAt(), 1, 1000);
		assertThat(actions(number)).doesNotContain(HistoryAction.REMINDED);

		deadlines.sendReminders(due.minus(Duration.ofHours(2)), 1, 1000);
		deadlines.sendReminders(due.minus(Duration.ofHours(1)), 1, 1000);

		assertThat(actions(number)).containsOnlyOnce(HistoryAction.REMINDED);
		assertThat(details(number).timeline().getLast().detail()).isEqualTo("FOLLOW_UP");
	}

	@Test
	void aReportWithoutAHandlingBodyDoesNotStopTheRemindersOfTheOthers() {

		var number = reports.ktpComplaint(accounts.citizen("Warga"), false, false);
		var due = details(number).deadlines().followUpDue();
		// A report with a deadline but no body to remind (seen in synthetic data), due first in the same batch.
		var orphan = reports.ktpComplaint(accounts.citizen("Warga"), false, false);
		jdbc.update("update reports set agency_id = null, next_due_at = ? where tracking_number = ?",
				java.sql.Timestamp.from(due.minus(Duration.ofMinutes(30))), orphan.value());

		deadlines.sendReminders(due.minus(Duration.ofHours(1)), 1, 1000);

		assertThat(actions(number)).containsOnlyOnce(HistoryAction.REMINDED);
		assertThat(actions(orphan)).doesNotContain(HistoryAction.REMINDED);
	}

	@Test
	void escalatesToTheSupervisingBodyThenToTheNationalAdministrator() throws Exception {

		// Kabupaten Wajo (73.13) is used by no other test: the many open Makassar reports of other tests, due the same
		// day, would fill the first page of the Eskalasi list.
		reports.ensureLiaison("dukcapil-73.13");
		var number = reports.submit(accounts.citizen("Warga"), "73.13", "kependudukan-ktp", false, false);
		var due = details(number).deadlines().followUpDue();
		var regency = accounts.staff(Role.LIAISON, "pemda-73.13");

		deadlines.escalateOverdue(due.minus(Duration.ofMinutes(1)), 3, 1000);
		assertThat(actions(number)).doesNotContain(HistoryAction.ESCALATED);

		deadlines.escalateOverdue(due.plus(Duration.ofHours(1)), 3, 1000);
		deadlines.escalateOverdue(due.plus(Duration.ofHours(2)), 3, 1000);
		var first = details(number).timeline().getLast();
		assertThat(first.action()).isEqualTo(HistoryAction.ESCALATED);
		assertThat(first.agencyName()).isEqualTo("Pemerintah Kabupaten Wajo");
		assertThat(actions(number)).containsOnlyOnce(HistoryAction.ESCALATED);

		assertThat(escalationPagesContain(regency, number)).isTrue();
		mvc.perform(get("/liaison/escalations/" + number.value()).with(accounts.as(regency)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Dieskalasi karena melewati batas waktu")));
		mvc.perform(get("/liaison/escalations/" + number.value()).with(accounts.as(accounts.staff(Role.LIAISON, "pln"))))
				.andExpect(status().isNotFound());

		deadlines.escalateOverdue(due.plus(Duration.ofDays(14)), 3, 1000);
		var second = details(number).timeline().getLast();
		assertThat(second.action()).isEqualTo(HistoryAction.ESCALATED);
		assertThat(second.agencyName()).startsWith("Pengelola Nasional SP4N-LAPOR!");
	}

	@Test
	void reportsWaitingForTheNationalEscalationDoNotHoldBackNewlyOverdueOnes() {

		// Deadlines in the past that no other test uses, so the job sees only these two overdue reports.
		reports.ensureLiaison("dukcapil-73.13");
		var waiting = reports.submit(accounts.citizen("Warga"), "73.13", "kependudukan-ktp", false, false);
		var overdue = reports.submit(accounts.citizen("Warga"), "73.13", "kependudukan-ktp", false, false);
		var early = Instant.parse("2020-03-02T02:00:00Z");
		setNextDue(waiting, early);
		setNextDue(overdue, early.plus(Duration.ofHours(1)));

		// The first is escalated to the regency government and now waits three working days for the national one.
		job(early.plus(Duration.ofMinutes(30)), 1).watch();
		assertThat(actions(waiting)).containsOnlyOnce(HistoryAction.ESCALATED);
		assertThat(actions(overdue)).doesNotContain(HistoryAction.ESCALATED);

		// An hour later the second is overdue too. A page holding only reports that wait must not end the sweep.
		job(early.plus(Duration.ofHours(2)), 1).watch();
		assertThat(actions(overdue)).containsOnlyOnce(HistoryAction.ESCALATED);
		assertThat(actions(waiting)).containsOnlyOnce(HistoryAction.ESCALATED);
	}

	private DeadlineWatchJob job(Instant now, int batch) {
		return new DeadlineWatchJob(deadlines, new SlaProperties(1, 3, Duration.ofMinutes(15)),
				Clock.fixed(now, ZoneOffset.UTC), batch);
	}

	private void setNextDue(TrackingNumber number, Instant due) {
		jdbc.update("update reports set next_due_at = ? where tracking_number = ?", java.sql.Timestamp.from(due),
				number.value());
	}

	/**
	 * Whether the body's escalation list shows the report on one of its pages: other tests' overdue reports of the
	 * same body come first (the list is sorted by deadline).
	 */
	private boolean escalationPagesContain(String liaison, TrackingNumber number) throws Exception {
		for (var page = 0; page < 50; page++) {
			var html = mvc.perform(get("/liaison/escalations").param("page", Integer.toString(page))
					.with(accounts.as(liaison))).andExpect(status().isOk()).andReturn().getResponse()
					.getContentAsString();
			if (html.contains(number.formatted())) {
				return true;
			}
			if (!html.contains("data-tracking-number")) {
				return false;
			}
		}
		return false;
	}

	@Test
	void aNewDeadlineStartsTheEscalationAgain() throws Exception {

		var liaison = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var number = reports.ktpComplaint(accounts.citizen("Warga"), false, false);
		var followUpDue = details(number).deadlines().followUpDue();
		deadlines.escalateOverdue(followUpDue.plus(Duration.ofHours(1)), 3, 1000);

		mvc.perform(post("/liaison/reports/" + number.value() + "/responses").with(csrf()).with(accounts.as(liaison))
				.param("message", "Kami proses.").param("status", "IN_PROGRESS")
				.param("version", Long.toString(details(number).version())))
				.andExpect(status().is3xxRedirection());
		var resolutionDue = details(number).deadlines().resolutionDue();
		assertThat(details(number).deadlines().next()).isEqualTo(resolutionDue);

		deadlines.escalateOverdue(resolutionDue.plus(Duration.ofHours(1)), 3, 1000);
		assertThat(details(number).timeline().stream().filter(entry -> entry.action() == HistoryAction.ESCALATED)
				.map(ReportDetails.TimelineEntry::detail)).containsExactly("FOLLOW_UP", "RESOLUTION");
	}

	@Test
	void aReminderDoesNotMakeAnOfficersFormStale() throws Exception {

		var liaison = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var number = reports.ktpComplaint(accounts.citizen("Warga"), false, false);
		var seen = details(number).version();

		deadlines.sendReminders(details(number).deadlines().followUpDue().minus(Duration.ofHours(1)), 1, 1000);

		mvc.perform(post("/liaison/reports/" + number.value() + "/responses").with(csrf()).with(accounts.as(liaison))
				.param("message", "Kami proses.").param("status", "IN_PROGRESS").param("version", Long.toString(seen)))
				.andExpect(status().is3xxRedirection());
	}

	private java.util.List<HistoryAction> actions(TrackingNumber number) {
		return details(number).timeline().stream().map(ReportDetails.TimelineEntry::action).toList();
	}

	private ReportDetails details(TrackingNumber number) {
		return queries.findForSupervision(number, Locale.ROOT).orElseThrow();
	}
}

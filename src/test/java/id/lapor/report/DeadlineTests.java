package id.lapor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.Role;
import id.lapor.calendar.IndonesianTimeZones;
import id.lapor.calendar.WorkingDayCalendar;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Working-day deadlines follow a report through its steps, in the handling body's time zone.
 */
@IntegrationTest
class DeadlineTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired ReportQueries queries;
	@Autowired WorkingDayCalendar calendar;
	@Autowired JdbcTemplate jdbc;

	@Test
	void anAssignedReportGetsItsFollowUpAndResolutionDeadlines() throws Exception {

		var liaison = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var number = reports.ktpComplaint(accounts.citizen("Warga"), false, false);
		var report = details(number);
		var days = calendar.workingDays();

		assertThat(report.deadlines().zone()).isEqualTo("WITA");
		assertThat(report.deadlines().followUpDue())
				.isEqualTo(days.deadline(report.submittedAt(), 5, IndonesianTimeZones.WITA));
		assertThat(report.deadlines().resolutionDue())
				.isEqualTo(days.deadline(report.submittedAt(), 14, IndonesianTimeZones.WITA));
		assertThat(report.deadlines().next()).isEqualTo(report.deadlines().followUpDue());
		assertThat(report.deadlines().workingDaysLeft()).isBetween(4, 5);

		mvc.perform(post("/liaison/reports/" + number.value() + "/responses").with(csrf()).with(accounts.as(liaison))
				.param("message", "Kami periksa.").param("status", "IN_PROGRESS")
				.param("version", Long.toString(report.version())))
				.andExpect(status().is3xxRedirection());
		var followedUp = details(number);
		assertThat(followedUp.deadlines().followedUpAt()).isNotNull();
		assertThat(followedUp.deadlines().next()).isEqualTo(followedUp.deadlines().resolutionDue());

		mvc.perform(post("/liaison/reports/" + number.value() + "/class").with(csrf()).with(accounts.as(liaison))
				.param("serviceClass", "FIELD_CHECK").param("version", Long.toString(followedUp.version())))
				.andExpect(status().is3xxRedirection());
		var classified = details(number);
		assertThat(classified.deadlines().serviceClass()).isEqualTo(ServiceClass.FIELD_CHECK);
		assertThat(classified.deadlines().resolutionDue())
				.isEqualTo(days.deadline(report.submittedAt(), 60, IndonesianTimeZones.WITA));
		assertThat(classified.timeline().getLast().action()).isEqualTo(HistoryAction.CLASSIFIED);
	}

	@Test
	void aQueuedReportMustBeVerifiedWithinThreeWorkingDaysInJakartaTime() {

		var number = reports.submit(accounts.citizen("Warga"), "73.10", "kependudukan-ktp", false, false);
		var report = details(number);

		assertThat(report.status()).isEqualTo(ReportStatus.AWAITING_VERIFICATION);
		assertThat(report.deadlines().verificationDue())
				.isEqualTo(calendar.workingDays().deadline(report.submittedAt(), 3, IndonesianTimeZones.WIB));
		assertThat(report.deadlines().next()).isEqualTo(report.deadlines().verificationDue());
	}

	@Test
	void forwardingKeepsTheOriginalDeadlines() throws Exception {

		var dukcapil = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		accounts.staff(Role.LIAISON, "pupr-73.71");
		var number = reports.ktpComplaint(accounts.citizen("Warga"), false, false);
		var before = details(number).deadlines();

		mvc.perform(post("/liaison/reports/" + number.value() + "/forward").with(csrf()).with(accounts.as(dukcapil))
				.param("kind", "DECLINE").param("targetCode", "pupr-73.71").param("reason", "Bukan kami.")
				.param("version", Long.toString(details(number).version())))
				.andExpect(status().is3xxRedirection());

		assertThat(details(number).deadlines().followUpDue()).isEqualTo(before.followUpDue());
		assertThat(details(number).deadlines().resolutionDue()).isEqualTo(before.resolutionDue());
	}

	@Test
	void overdueReportsComeFirstAndSupervisorsSeeThem() throws Exception {

		// Kota Palopo's population office, which no other test sends reports to: its inbox holds only these two, however
		// many reports other tests of the shared database sent elsewhere.
		var liaison = accounts.staff(Role.LIAISON, "dukcapil-73.73");
		var late = reports.submit(accounts.citizen("Warga"), "73.73", "kependudukan-ktp", false, false);
		var onTime = reports.submit(accounts.citizen("Warga"), "73.73", "kependudukan-ktp", false, false);
		// Two weeks have passed for this one.
		jdbc.update("update reports set follow_up_due_at = now() - interval '14 days', "
				+ "next_due_at = now() - interval '14 days' where tracking_number = ?", late.value());

		mvc.perform(get("/liaison").param("colour", "overdue").with(accounts.as(liaison)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(late.formatted())))
				.andExpect(content().string(not(containsString(onTime.formatted()))))
				.andExpect(content().string(containsString("data-overdue=\"true\"")));
		var inbox = mvc.perform(get("/liaison").with(accounts.as(liaison))).andReturn().getResponse().getContentAsString();
		assertThat(inbox).contains(late.formatted(), onTime.formatted());
		assertThat(inbox.indexOf(late.formatted())).isLessThan(inbox.indexOf(onTime.formatted()));

		mvc.perform(get("/admin").param("colour", "overdue").with(accounts.as(accounts.staff(Role.SUPERVISOR, "ombudsman"))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(late.formatted())));
		assertThat(queries.countOverdue()).isPositive();
	}

	private ReportDetails details(TrackingNumber number) {
		return queries.findForSupervision(number, Locale.ROOT).orElseThrow();
	}
}

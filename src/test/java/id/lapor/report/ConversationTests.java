package id.lapor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Locale;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.Role;
import id.lapor.calendar.IndonesianTimeZones;
import id.lapor.calendar.WorkingDayCalendar;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The conversation between reporter and body, and how an answered report ends: confirmed, rated, reopened once,
 * or closed after the window.
 */
@IntegrationTest
class ConversationTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired ReportQueries queries;
	@Autowired ReportDeadlines deadlines;
	@Autowired WorkingDayCalendar calendar;

	@Test
	void theReporterRepliesAndStaffNotesStayInternal() throws Exception {

		var reporter = accounts.citizen("Pelapor");
		var liaison = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var number = reports.ktpComplaint(reporter, false, false);

		mvc.perform(post("/liaison/reports/" + number.value() + "/notes").with(csrf()).with(accounts.as(liaison))
				.param("note", "Cek stok blangko di gudang dulu."))
				.andExpect(status().is3xxRedirection());
		mvc.perform(post("/reports/" + number.value() + "/replies").with(csrf()).with(accounts.as(reporter))
				.param("message", "Saya sudah datang lagi hari ini, masih kosong."))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("message", "conversation.reply.sent"));

		mvc.perform(get("/liaison/reports/" + number.value()).with(accounts.as(liaison)))
				.andExpect(content().string(containsString("Cek stok blangko di gudang dulu.")))
				.andExpect(content().string(containsString("Saya sudah datang lagi hari ini, masih kosong.")));
		mvc.perform(get("/reports/" + number.value()).with(accounts.as(reporter)))
				.andExpect(content().string(containsString("Saya sudah datang lagi hari ini, masih kosong.")))
				.andExpect(content().string(not(containsString("Cek stok blangko di gudang dulu."))));
		mvc.perform(get("/track").param("number", number.value()))
				.andExpect(content().string(not(containsString("Cek stok blangko di gudang dulu."))));
	}

	@Test
	void nobodyElseRepliesOnTheReportersBehalf() throws Exception {

		var number = reports.ktpComplaint(accounts.citizen("Pelapor"), false, false);

		mvc.perform(post("/reports/" + number.value() + "/replies").with(csrf())
				.with(accounts.as(accounts.citizen("Orang lain"))).param("message", "Saya ikut campur."))
				.andExpect(status().isNotFound());
		assertThat(details(number).responses()).isEmpty();
	}

	@Test
	void aReplyToAnAnsweredReportSendsItBackToTheBody() throws Exception {

		var reporter = accounts.citizen("Pelapor");
		var liaison = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var number = reports.ktpComplaint(reporter, false, false);
		complete(liaison, number);

		mvc.perform(post("/reports/" + number.value() + "/replies").with(csrf()).with(accounts.as(reporter))
				.param("message", "Belum, blangko masih kosong."))
				.andExpect(status().is3xxRedirection());

		var report = details(number);
		assertThat(report.status()).isEqualTo(ReportStatus.IN_PROGRESS);
		assertThat(report.outcome().closesAt()).isNull();
	}

	@Test
	void theReporterConfirmsAndRates() throws Exception {

		var reporter = accounts.citizen("Pelapor");
		var number = reports.ktpComplaint(reporter, false, false);
		complete(accounts.staff(Role.LIAISON, "dukcapil-73.71"), number);

		mvc.perform(post("/reports/" + number.value() + "/rating").with(csrf()).with(accounts.as(reporter))
				.param("stars", "9")).andExpect(flash().attribute("outcomeError", "outcome.rating.invalid"));
		mvc.perform(post("/reports/" + number.value() + "/rating").with(csrf()).with(accounts.as(reporter))
				.param("stars", "5").param("comment", "Cepat dan jelas."))
				.andExpect(flash().attribute("message", "outcome.rated"));
		mvc.perform(post("/reports/" + number.value() + "/confirm").with(csrf()).with(accounts.as(reporter)))
				.andExpect(flash().attribute("message", "outcome.confirmed"));

		var report = details(number);
		assertThat(report.status()).isEqualTo(ReportStatus.CLOSED);
		assertThat(report.outcome().rating()).isEqualTo(5);
		mvc.perform(post("/reports/" + number.value() + "/rating").with(csrf()).with(accounts.as(reporter))
				.param("stars", "1")).andExpect(flash().attribute("outcomeError", "outcome.notAllowed"));
		assertThat(details(number).outcome().rating()).isEqualTo(5);
	}

	@Test
	void anUnsatisfiedReporterReopensOnceAndTheBodyGetsANewDeadline() throws Exception {

		var reporter = accounts.citizen("Pelapor");
		var liaison = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var number = reports.ktpComplaint(reporter, false, false);
		complete(liaison, number);

		mvc.perform(post("/reports/" + number.value() + "/reopen").with(csrf()).with(accounts.as(reporter))
				.param("reason", "Belum beres.")).andExpect(flash().attribute("outcomeError", "outcome.notAllowed"));
		mvc.perform(post("/reports/" + number.value() + "/rating").with(csrf()).with(accounts.as(reporter))
				.param("stars", "1").param("comment", "Tidak ada perubahan."));
		mvc.perform(get("/reports/" + number.value()).with(accounts.as(reporter)))
				.andExpect(content().string(containsString("id=\"reopen-form\"")));
		mvc.perform(post("/reports/" + number.value() + "/reopen").with(csrf()).with(accounts.as(reporter))
				.param("reason", "Blangko masih kosong."))
				.andExpect(flash().attribute("message", "outcome.reopened"));

		var reopened = details(number);
		assertThat(reopened.status()).isEqualTo(ReportStatus.REOPENED);
		assertThat(reopened.deadlines().next()).isAfter(reopened.submittedAt());
		// Newest first: the body's red list is shared with the other tests and its first page by deadline may be full.
		mvc.perform(get("/liaison").param("colour", "red").param("sort", "newest").with(accounts.as(liaison)))
				.andExpect(content().string(containsString(number.formatted())));

		complete(liaison, number);
		assertThat(details(number).outcome().canBeReopened()).isFalse();
	}

	@Test
	void answeredReportsCloseAfterTenWorkingDaysWithoutAReply() throws Exception {

		var number = reports.ktpComplaint(accounts.citizen("Pelapor"), false, false);
		complete(accounts.staff(Role.LIAISON, "dukcapil-73.71"), number);
		var answered = details(number);
		var closesAt = answered.outcome().closesAt();
		assertThat(closesAt).isEqualTo(calendar.workingDays().deadline(answered.outcome().completedAt(), 10,
				IndonesianTimeZones.WITA));

		// The closing job's work, at controlled moments: just before the window ends, and when it has ended.
		deadlines.closeExpired(closesAt.minus(Duration.ofMinutes(1)), 1000);
		assertThat(details(number).status()).isEqualTo(ReportStatus.COMPLETED);

		deadlines.closeExpired(closesAt, 1000);
		var closed = details(number);
		assertThat(closed.status()).isEqualTo(ReportStatus.CLOSED);
		assertThat(closed.timeline().getLast().action()).isEqualTo(HistoryAction.CLOSED);
		assertThat(closed.timeline().getLast().actorName()).isNull();
	}

	private void complete(String liaison, TrackingNumber number) throws Exception {
		mvc.perform(post("/liaison/reports/" + number.value() + "/responses").with(csrf()).with(accounts.as(liaison))
				.param("message", "Blangko sudah tersedia, silakan ambil.").param("status", "COMPLETED")
				.param("outcome", "SOLVED")
				.param("version", Long.toString(details(number).version())))
				.andExpect(status().is3xxRedirection());
	}

	private ReportDetails details(TrackingNumber number) {
		return queries.findForSupervision(number, Locale.ROOT).orElseThrow();
	}
}

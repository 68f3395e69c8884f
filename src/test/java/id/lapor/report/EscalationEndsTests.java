package id.lapor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Locale;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.LaporUser;
import id.lapor.account.Role;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An escalation lets the supervising body read a report (with its confidential text, the reporter's name and the
 * internal notes) only while its own unit still handles it and it is still open.
 */
@IntegrationTest
class EscalationEndsTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired ReportQueries queries;
	@Autowired ReportHandling handling;
	@Autowired ReportVerification verification;
	@Autowired ReportDeadlines deadlines;
	@Autowired JdbcTemplate jdbc;

	String dukcapil;
	String regency;

	@BeforeEach
	void staff() {
		dukcapil = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		regency = accounts.staff(Role.LIAISON, "pemda-73.71");
	}

	@Test
	void anEscalatedReportStaysWithTheSupervisingBodyWhileItsUnitWorksOnIt() throws Exception {

		var number = escalatedKtpComplaint();
		handling.respond(number, user(dukcapil), details(number).version(), "Kami proses.", ReportStatus.IN_PROGRESS,
				null, null);

		assertVisibleToRegency(number);
	}

	@Test
	void forwardingToABodyOutsideTheTreeEndsTheEscalation() throws Exception {

		reports.ensureLiaison("pln");
		var number = escalatedKtpComplaint();

		handling.forward(number, user(dukcapil), details(number).version(), "pln", ForwardKind.DECLINE,
				"Ini soal listrik.");

		assertGoneFromRegency(number);
	}

	@Test
	void completingTheReportEndsTheEscalation() throws Exception {

		var number = escalatedKtpComplaint();

		reports.complete(number, dukcapil, Outcome.SOLVED);

		assertGoneFromRegency(number);
	}

	@Test
	void queueingForVerificationAndVerifyingElsewhereEndTheEscalation() throws Exception {

		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");
		reports.ensureLiaison("pln");
		var number = escalatedKtpComplaint();

		handling.forward(number, user(dukcapil), details(number).version(), "dlh-73.03", ForwardKind.DECLINE,
				"Soal lingkungan.");
		assertThat(details(number).status()).isEqualTo(ReportStatus.AWAITING_VERIFICATION);
		assertGoneFromRegency(number);

		verification.verify(number, user(admin), details(number).version(), "kependudukan-ktp", "pln",
				"Ke PLN.");
		assertGoneFromRegency(number);
	}

	@Test
	void theListsIgnoreAPointerLeftBehindWhenTheHandlingBodyChanged() throws Exception {

		reports.ensureLiaison("pln");
		var number = escalatedKtpComplaint();
		handling.forward(number, user(dukcapil), details(number).version(), "pln", ForwardKind.DECLINE,
				"Ini soal listrik.");

		// As rows written before the entity cleared its escalation look.
		jdbc.update("""
				update reports set escalated_to_agency_id = (select id from agencies where code = 'pemda-73.71'),
				escalation_level = 1 where tracking_number = ?""", number.value());

		assertGoneFromRegency(number);
	}

	private TrackingNumber escalatedKtpComplaint() throws Exception {
		var number = reports.ktpComplaint(accounts.citizen("Nama Pelapor Rahasia"), false, true);
		var due = details(number).deadlines().followUpDue();
		deadlines.escalateOverdue(due.plus(Duration.ofHours(1)), 3, 1000);
		assertVisibleToRegency(number);
		return number;
	}

	private void assertVisibleToRegency(TrackingNumber number) throws Exception {
		mvc.perform(get("/liaison/escalations").with(accounts.as(regency)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(number.formatted())));
		mvc.perform(get("/liaison/escalations/" + number.value()).with(accounts.as(regency)))
				.andExpect(status().isOk());
	}

	private void assertGoneFromRegency(TrackingNumber number) throws Exception {
		mvc.perform(get("/liaison/escalations").with(accounts.as(regency)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(number.formatted()))));
		mvc.perform(get("/liaison/escalations/" + number.value()).with(accounts.as(regency)))
				.andExpect(status().isNotFound());
	}

	private LaporUser user(String email) {
		return (LaporUser) accounts.details(email);
	}

	private ReportDetails details(TrackingNumber number) {
		return queries.findForSupervision(number, Locale.ROOT).orElseThrow();
	}
}

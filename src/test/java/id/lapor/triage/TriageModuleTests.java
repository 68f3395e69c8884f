package id.lapor.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.Role;
import id.lapor.report.ReportQueries;
import id.lapor.report.ReportResponded;
import id.lapor.report.ReportStatus;
import id.lapor.report.TrackingNumber;
import id.lapor.system.Mailer;
import id.lapor.system.ModuleTestDatabase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The triage module (the liaison officer's and the verifier's pages) with all it needs: {@code report} and what
 * that uses; {@code account} brings the security rules. The {@code notification} module's {@link Mailer}, which
 * {@code account} sends through, is a mock. Triage publishes no events itself: the report module announces what
 * its pages did.
 * <p>
 * Kota Palu (72.71) is used by no other module test, so its body's inbox holds this class's reports only.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ModuleTestDatabase
@AutoConfigureMockMvc
@Import({ TestAccounts.class, TestReports.class })
class TriageModuleTests {

	@MockitoBean Mailer mailer;
	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired ReportQueries queries;

	@Test
	void theInboxHoldsTheBodysOwnReportsOnly() throws Exception {

		var number = palu();
		var liaison = accounts.staff(Role.LIAISON, "dukcapil-72.71");
		var stranger = accounts.staff(Role.LIAISON, "pupr-72.71");

		mvc.perform(get("/liaison").with(accounts.as(liaison)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("/liaison/reports/" + number.value())));
		mvc.perform(get("/liaison").with(accounts.as(stranger)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(number.value()))));
		mvc.perform(get("/liaison/reports/" + number.value()).with(accounts.as(stranger)))
				.andExpect(status().isNotFound());
		mvc.perform(get("/liaison").with(accounts.as(accounts.citizen("Warga Penasaran"))))
				.andExpect(status().isForbidden());
	}

	@Test
	void anAnswerSentFromTheReportPageIsAnnounced(AssertablePublishedEvents events) throws Exception {

		var number = palu();
		var liaison = accounts.staff(Role.LIAISON, "dukcapil-72.71");

		mvc.perform(post("/liaison/reports/" + number.value() + "/responses").with(csrf()).with(accounts.as(liaison))
						.param("message", "Kami periksa stok blangko.").param("status", "IN_PROGRESS")
						.param("outcome", "").param("version", Long.toString(version(number))))
				.andExpect(redirectedUrl("/liaison/reports/" + number.value()));

		assertThat(events).contains(ReportResponded.class)
				.matching(ReportResponded::trackingNumber, number)
				.matching(ReportResponded::status, ReportStatus.IN_PROGRESS);
		assertThat(queries.findForSupervision(number, Locale.ROOT).orElseThrow().status())
				.isEqualTo(ReportStatus.IN_PROGRESS);
	}

	private TrackingNumber palu() {
		reports.ensureLiaison("dukcapil-72.71");
		return reports.submit(accounts.citizen("Warga Palu"), "72.71", "kependudukan-ktp", false, false);
	}

	private long version(TrackingNumber number) {
		return queries.findForSupervision(number, Locale.ROOT).orElseThrow().version();
	}
}

package id.lapor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestMailbox;
import id.lapor.TestReports;
import id.lapor.account.AccountManagement;
import id.lapor.account.LaporUser;
import id.lapor.account.Role;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An anonymous reporter's name, address and phone appear nowhere the body, supervisors or the public look: not on
 * any page of the report, not in exports, not in the statistics, not in the mail to the body, whatever happened to
 * the report (replies, answers, rating, reopening).
 */
@IntegrationTest
class AnonymityInvariantTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired TestMailbox mailbox;
	@Autowired AccountManagement management;
	@Autowired ReportManagement reportManagement;
	@Autowired ReportQueries queries;
	@Autowired UserDetailsService users;

	@Test
	void anAnonymousReportersIdentityNeverReachesTheBodySupervisorsOrThePublic() throws Exception {

		var marker = UUID.randomUUID().toString().substring(0, 8);
		var name = "Sukmawati Rahasia " + marker;
		var email = "pelapor-" + marker + "@contoh.id";
		var phone = "+62 811 4" + marker.replaceAll("[^0-9]", "1").substring(0, 6);
		management.registerCitizen(email, TestAccounts.PASSWORD, name, phone);
		var reporter = (LaporUser) users.loadUserByUsername(email);

		var liaisonEmail = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var liaison = (LaporUser) users.loadUserByUsername(liaisonEmail);
		var number = reports.ktpComplaint(email, true, false);

		reportManagement.respond(number, liaison, version(number), "Sedang kami periksa.", ReportStatus.IN_PROGRESS, null,
				null);
		reportManagement.reply(number, reporter, "Terima kasih, saya tunggu.", null);
		reports.complete(number, liaisonEmail, Outcome.SOLVED);
		reportManagement.rate(number, reporter, 1, "Belum selesai sebenarnya.");
		reportManagement.reopen(number, reporter, "Blangko masih habis.");

		var supervisor = accounts.staff(Role.SUPERVISOR, "ombudsman");
		var bodyAdmin = accounts.withoutSecondFactor(accounts.agencyAdmin("dukcapil-73.71"));
		var views = new MockHttpServletRequestBuilder[] {
				get("/liaison/reports/" + number.value()).with(accounts.as(liaisonEmail)),
				get("/liaison").with(accounts.as(liaisonEmail)),
				get("/monitoring/reports/" + number.value()).with(accounts.as(supervisor)),
				get("/monitoring/reports/" + number.value()).with(accounts.as(bodyAdmin)),
				get("/monitoring/bodies/dukcapil-73.71").with(accounts.as(supervisor)),
				get("/monitoring/bodies/dukcapil-73.71").param("format", "csv").with(accounts.as(liaisonEmail)),
				get("/monitoring/bodies/dukcapil-73.71").param("format", "xlsx").with(accounts.as(supervisor)),
				get("/monitoring").param("format", "csv").with(accounts.as(supervisor)),
				get("/api/v1/statistics").param("groupBy", "body").with(accounts.as(supervisor)),
				get("/track").param("number", number.value()),
				get("/statistik") };
		for (var view : views) {
			var response = mvc.perform(view).andExpect(status().isOk()).andReturn().getResponse();
			var body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
			assertThat(body).as("%s", view).doesNotContain(name).doesNotContain(email).doesNotContain(phone)
					.doesNotContain(marker);
		}

		assertThat(mailbox.mailsTo(liaisonEmail)).isNotEmpty()
				.allSatisfy(mail -> assertThat(mail).doesNotContain(name).doesNotContain(email).doesNotContain(marker));
		assertThat(queries.findForAgency(number, liaison.requireAgencyId(), Locale.ROOT).orElseThrow().reporter())
				.isNull();
	}

	private long version(TrackingNumber number) {
		return queries.findForSupervision(number, Locale.ROOT).orElseThrow().version();
	}
}

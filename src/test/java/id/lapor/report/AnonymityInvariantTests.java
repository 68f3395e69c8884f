package id.lapor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneOffset;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An anonymous reporter's name, address and phone appear nowhere the body, supervisors or the public look: not on
 * any page of the report, not in its files, not in exports, the monthly PDF or the statistics, not in the mail to
 * the body or the SMS, whatever happened to the report (replies with a file, answers, rating, reopening).
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AnonymityInvariantTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired TestMailbox mailbox;
	@Autowired AccountManagement management;
	@Autowired ReportHandling handling;
	@Autowired ReporterConversation conversation;
	@Autowired ReportQueries queries;
	@Autowired UserDetailsService users;

	@Test
	void anAnonymousReportersIdentityNeverReachesTheBodySupervisorsOrThePublic(CapturedOutput output)
			throws Exception {

		var marker = UUID.randomUUID().toString().substring(0, 8);
		var name = "Sukmawati Rahasia " + marker;
		var email = "pelapor-" + marker + "@contoh.id";
		var phone = "+62 811 4" + marker.replaceAll("[^0-9]", "1").substring(0, 6);
		management.registerCitizen(email, TestAccounts.PASSWORD, name, phone);
		var reporter = (LaporUser) users.loadUserByUsername(email);

		var liaisonEmail = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var liaison = (LaporUser) users.loadUserByUsername(liaisonEmail);
		var number = reports.ktpComplaint(email, true, false);

		handling.respond(number, liaison, version(number), "Sedang kami periksa.", ReportStatus.IN_PROGRESS, null,
				null);
		// A photo named after the reporter, sent with a reply.
		var uploadToken = UUID.randomUUID();
		mvc.perform(multipart("/reports/" + number.value() + "/attachments").file(new MockMultipartFile("file",
				"KTP " + name + ".png", "application/octet-stream", AttachmentTests.PNG))
				.param("uploadToken", uploadToken.toString()).with(csrf()).with(accounts.as(email)))
				.andExpect(status().isOk());
		conversation.reply(number, reporter, "Terima kasih, saya tunggu.", uploadToken);
		reports.complete(number, liaisonEmail, Outcome.SOLVED);
		conversation.rate(number, reporter, 1, "Belum selesai sebenarnya.");
		conversation.reopen(number, reporter, "Blangko masih habis.");

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
		var attachment = queries.findForAgency(number, liaison.requireAgencyId(), Locale.ROOT).orElseThrow()
				.responses().stream().flatMap(response -> response.attachments().stream()).findFirst().orElseThrow()
				.id();
		var files = new MockHttpServletRequestBuilder[] {
				get("/attachments/" + attachment).with(accounts.as(liaisonEmail)),
				get("/attachments/" + attachment).with(accounts.as(supervisor)) };
		for (var view : concat(views, files)) {
			var response = mvc.perform(view).andExpect(status().isOk()).andReturn().getResponse();
			var body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8)
					+ response.getHeader("Content-Disposition");
			assertThat(body).as("%s", view).doesNotContain(name).doesNotContain(email).doesNotContain(phone)
					.doesNotContain(marker);
		}
		var pdf = mvc.perform(get("/monitoring/monthly").param("bodyCode", "dukcapil-73.71")
				.param("month", YearMonth.now(ZoneOffset.ofHours(7)).toString()).with(accounts.as(supervisor)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(pdfText(pdf)).contains("Kota Makassar").doesNotContain(name).doesNotContain(email)
				.doesNotContain(marker);
		// SMS go to the reporter only, and say nothing of them: the log of the development gateway shows each text.
		assertThat(output.getAll().lines().filter(line -> line.contains("SMS") && line.contains(number.value())))
				.isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain(name).doesNotContain(email)
						.doesNotContain(marker).doesNotContain(phone));

		assertThat(mailbox.mailsTo(liaisonEmail)).isNotEmpty()
				.allSatisfy(mail -> assertThat(mail).doesNotContain(name).doesNotContain(email).doesNotContain(marker));
		assertThat(queries.findForAgency(number, liaison.requireAgencyId(), Locale.ROOT).orElseThrow().reporter())
				.isNull();
	}

	private static MockHttpServletRequestBuilder[] concat(MockHttpServletRequestBuilder[] first,
			MockHttpServletRequestBuilder[] second) {
		var all = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

	private static String pdfText(byte[] pdf) throws Exception {
		var reader = new PdfReader(pdf);
		var extractor = new PdfTextExtractor(reader);
		var text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(extractor.getTextFromPage(page)).append('\n');
		}
		return text.toString();
	}

	private long version(TrackingNumber number) {
		return queries.findForSupervision(number, Locale.ROOT).orElseThrow().version();
	}
}

package id.lapor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.Role;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AttachmentTests {

	/** A 1×1 PNG. */
	static final byte[] PNG = Base64.getDecoder().decode(
			"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired ReportQueries queries;

	@Test
	void aPhotoTravelsWithTheReportAndOnlyItsPeopleSeeIt() throws Exception {

		var citizen = accounts.citizen("Pelapor Foto");
		var handler = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var token = UUID.randomUUID();

		upload(citizen, token, "lubang jalan.png", PNG)
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("lampiran-1.png")))
				.andExpect(content().string(not(containsString("lubang jalan"))));

		var location = mvc.perform(post("/reports/new").with(csrf()).with(accounts.as(citizen))
				.param("classification", "COMPLAINT").param("title", "Blangko KTP-el habis terus")
				.param("body", "Sudah tiga bulan blangko KTP-el habis di kantor Disdukcapil Kota Makassar.")
				.param("provinceCode", "73").param("regionCode", "73.71").param("categoryCode", "kependudukan-ktp")
				.param("submissionToken", token.toString()))
				.andExpect(status().is3xxRedirection())
				.andReturn().getResponse().getRedirectedUrl();
		var number = TrackingNumber.parse(location.substring("/reports/".length())).orElseThrow();
		var report = queries.findForSupervision(number, Locale.ROOT).orElseThrow();
		assertThat(report.attachments()).singleElement().satisfies(file -> {
			assertThat(file.contentType()).isEqualTo("image/png");
			assertThat(file.sizeBytes()).isPositive();
		});
		var url = "/attachments/" + report.attachments().getFirst().id();

		mvc.perform(get(url).with(accounts.as(citizen)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "image/png"))
				.andExpect(header().string("Content-Disposition", containsString("inline")))
				.andExpect(header().string("Content-Security-Policy", containsString("sandbox")))
				.andExpect(header().string("Cache-Control", containsString("no-store")))
				.andExpect(result -> assertThat(ImageIO.read(new ByteArrayInputStream(
						result.getResponse().getContentAsByteArray())).getWidth()).isEqualTo(1));
		mvc.perform(get(url).with(accounts.as(handler))).andExpect(status().isOk());
		mvc.perform(get(url).with(accounts.as(accounts.staff(Role.LIAISON, "pln")))).andExpect(status().isNotFound());
		mvc.perform(get(url).with(accounts.as(accounts.citizen("Orang Lain")))).andExpect(status().isNotFound());
		mvc.perform(get(url)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/track").param("number", number.value()))
				.andExpect(content().string(not(containsString(url))));
		mvc.perform(get("/reports/" + number.value()).with(accounts.as(citizen)))
				.andExpect(content().string(containsString(url)));
	}

	@Test
	void theTypeComesFromTheContentNotTheName() throws Exception {

		var citizen = accounts.citizen("Pelapor");
		var token = UUID.randomUUID();

		upload(citizen, token, "foto.png", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Hanya foto (JPEG, PNG) atau PDF")));
		upload(citizen, token, "kosong.pdf", new byte[0])
				.andExpect(content().string(containsString("Berkas kosong.")));
		upload(citizen, token, "laporan.pdf", "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
				.getBytes(StandardCharsets.ISO_8859_1))
				.andExpect(content().string(containsString("lampiran-1.pdf")));
	}

	@Test
	void aReportTakesAtMostFiveFilesAndErrorsKeepThemListed() throws Exception {

		var citizen = accounts.citizen("Pelapor");
		var token = UUID.randomUUID();
		for (int i = 1; i <= 5; i++) {
			upload(citizen, token, "foto-" + i + ".png", PNG).andExpect(status().isOk());
		}
		upload(citizen, token, "foto-6.png", PNG)
				.andExpect(content().string(containsString("Paling banyak 5 lampiran")))
				.andExpect(content().string(not(containsString("lampiran-6.png"))));

		mvc.perform(post("/reports/new").with(csrf()).with(accounts.as(citizen))
				.param("classification", "COMPLAINT").param("title", "x")
				.param("submissionToken", token.toString()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("lampiran-5.png")));
	}

	@Test
	void repliesAndResponsesCarryFilesToo() throws Exception {

		var citizen = accounts.citizen("Pelapor");
		var liaison = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var number = reports.ktpComplaint(citizen, false, false);

		var replyToken = UUID.randomUUID();
		mvc.perform(multipart("/reports/" + number.value() + "/attachments").file(new MockMultipartFile("file",
				"antrean.png", "image/png", PNG)).param("uploadToken", replyToken.toString()).with(csrf())
				.with(accounts.as(citizen)))
				.andExpect(content().string(containsString("lampiran-1.png")));
		mvc.perform(multipart("/reports/" + number.value() + "/attachments").file(new MockMultipartFile("file",
				"x.png", "image/png", PNG)).param("uploadToken", UUID.randomUUID().toString()).with(csrf())
				.with(accounts.as(accounts.citizen("Orang lain"))))
				.andExpect(status().isNotFound());
		mvc.perform(post("/reports/" + number.value() + "/replies").with(csrf()).with(accounts.as(citizen))
				.param("message", "Ini foto antreannya.").param("uploadToken", replyToken.toString()))
				.andExpect(status().is3xxRedirection());

		var responseToken = UUID.randomUUID();
		mvc.perform(multipart("/liaison/reports/" + number.value() + "/attachments").file(new MockMultipartFile("file",
				"jadwal.png", "image/png", PNG)).param("uploadToken", responseToken.toString()).with(csrf())
				.with(accounts.as(liaison)))
				.andExpect(content().string(containsString("lampiran-1.png")));
		var details = queries.findForSupervision(number, Locale.ROOT).orElseThrow();
		mvc.perform(post("/liaison/reports/" + number.value() + "/responses").with(csrf()).with(accounts.as(liaison))
				.param("message", "Jadwal pengambilan terlampir.").param("status", "IN_PROGRESS")
				.param("version", Long.toString(details.version())).param("uploadToken", responseToken.toString()))
				.andExpect(status().is3xxRedirection());

		var reporterId = ((id.lapor.account.LaporUser) accounts.details(citizen)).id();
		var conversation = queries.findForReporter(number, reporterId, Locale.ROOT).orElseThrow().responses();
		assertThat(conversation).extracting(ReportDetails.ResponseView::body)
				.containsExactly("Ini foto antreannya.", "Jadwal pengambilan terlampir.");
		assertThat(conversation.get(0).attachments()).extracting(AttachmentView::fileName).containsExactly("lampiran-1.png");
		assertThat(conversation.get(1).attachments()).extracting(AttachmentView::fileName).containsExactly("lampiran-1.png");
		mvc.perform(get("/attachments/" + conversation.get(1).attachments().getFirst().id()).with(accounts.as(citizen)))
				.andExpect(status().isOk());
	}

	private org.springframework.test.web.servlet.ResultActions upload(String citizen, UUID token, String name,
			byte[] bytes) throws Exception {
		return mvc.perform(multipart("/reports/new/attachments").file(new MockMultipartFile("file", name,
				"application/octet-stream", bytes)).param("submissionToken", token.toString()).with(csrf())
				.with(accounts.as(citizen)));
	}
}

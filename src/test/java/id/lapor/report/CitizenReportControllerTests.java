package id.lapor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class CitizenReportControllerTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired ReportQueries queries;
	@Autowired JdbcTemplate jdbc;

	@Test
	void theFormAsksVisitorsToLogInFirst() throws Exception {
		mvc.perform(get("/reports/new")).andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/login"));
	}

	@Test
	void staffCannotSendReportsAsCitizens() throws Exception {
		var liaison = accounts.staff(id.lapor.account.Role.LIAISON, "pln");
		mvc.perform(get("/reports/new").with(accounts.as(liaison))).andExpect(status().isForbidden());
	}

	@Test
	void aSubmittedReportGetsATrackingNumberIsRoutedAndShowsRed() throws Exception {

		var citizen = accounts.citizen("Daeng Rani");
		reports.ensureLiaison("dukcapil-73.71");

		var result = mvc.perform(validForm(UUID.randomUUID()).with(accounts.as(citizen)))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrlPattern("/reports/*"))
				.andReturn();
		var number = result.getResponse().getRedirectedUrl().substring("/reports/".length());

		mvc.perform(get("/reports/" + number).with(accounts.as(citizen)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(TrackingNumber.parse(number).orElseThrow().formatted())))
				.andExpect(content().string(containsString("Dinas Kependudukan dan Pencatatan Sipil Kota Makassar")))
				.andExpect(content().string(containsString("data-colour=\"red\"")));

		var details = queries.findForTracking(TrackingNumber.parse(number).orElseThrow(), null, Locale.ROOT)
				.orElseThrow();
		assertThat(details.status()).isEqualTo(ReportStatus.ASSIGNED);
		assertThat(details.agency().code()).isEqualTo("dukcapil-73.71");
	}

	@Test
	void sendingTheSameFormTwiceCreatesOneReport() throws Exception {

		var citizen = accounts.citizen("Dua Kali");
		var token = UUID.randomUUID();

		var first = mvc.perform(validForm(token).with(accounts.as(citizen))).andReturn().getResponse()
				.getRedirectedUrl();
		var second = mvc.perform(validForm(token).with(accounts.as(citizen))).andReturn().getResponse()
				.getRedirectedUrl();

		assertThat(second).isEqualTo(first);
		assertThat(jdbc.queryForObject("select count(*) from reports where submission_token = ?", Long.class, token))
				.isEqualTo(1);
	}

	@Test
	void invalidInputIsExplainedNextToTheFieldsAndNothingTypedIsLost() throws Exception {

		var citizen = accounts.citizen("Salah Isi");

		mvc.perform(post("/reports/new").with(csrf()).with(accounts.as(citizen))
				.param("classification", "COMPLAINT")
				.param("title", "Pendek")
				.param("body", "Jalan rusak parah sekali di depan sekolah kami.")
				.param("provinceCode", "32")
				.param("regionCode", "32.74")
				.param("categoryCode", "")
				.param("targetCode", "tidak-ada")
				.param("incidentDate", "2999-01-01")
				.param("location", "Jalan Cipto")
				.param("submissionToken", UUID.randomUUID().toString()))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("form", "title", "targetCode", "incidentDate"))
				.andExpect(model().attributeHasFieldErrorCode("form", "targetCode", "report.target.unknown"))
				.andExpect(content().string(containsString("Panjang harus 10 sampai 150 karakter.")))
				.andExpect(content().string(containsString("Tanggal kejadian tidak boleh di masa depan.")))
				.andExpect(content().string(containsString("value=\"Pendek\"")))
				.andExpect(content().string(containsString("Jalan rusak parah sekali di depan sekolah kami.")))
				.andExpect(content().string(containsString("value=\"Jalan Cipto\"")))
				.andExpect(content().string(containsString("Kota Cirebon")));
	}

	@Test
	void errorsSpeakEnglishToEnglishReaders() throws Exception {

		var citizen = accounts.citizen("English Reader");

		mvc.perform(post("/reports/new").with(csrf()).with(accounts.as(citizen)).param("lang", "en")
				.param("classification", "COMPLAINT").param("title", "")
				.param("submissionToken", UUID.randomUUID().toString()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Required.")))
				.andExpect(content().string(not(containsString("Wajib diisi."))));
	}

	@Test
	void unknownRegionsAndCategoriesAreRefused() throws Exception {

		var citizen = accounts.citizen("Asal Pilih");

		mvc.perform(validForm(UUID.randomUUID()).param("regionCode", "99.99").param("categoryCode", "tidak-ada")
				.with(accounts.as(citizen)))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("form", "regionCode", "categoryCode"));
	}

	@Test
	void aReportIsOnlyShownToItsReporterOnTheReportersPage() throws Exception {

		var owner = accounts.citizen("Pemilik");
		var other = accounts.citizen("Orang Lain");
		var number = reports.ktpComplaint(owner, false, false);

		mvc.perform(get("/reports/" + number.value()).with(accounts.as(owner))).andExpect(status().isOk());
		mvc.perform(get("/reports/" + number.value()).with(accounts.as(other))).andExpect(status().isNotFound());
		mvc.perform(get("/reports/mine").with(accounts.as(other)))
				.andExpect(content().string(not(containsString(number.formatted()))));
		mvc.perform(get("/reports/mine").with(accounts.as(owner)))
				.andExpect(content().string(containsString(number.formatted())));
	}

	@Test
	void aForgedSubmissionTokenIsABadRequestNotAnError() throws Exception {
		var citizen = accounts.citizen("Warga");
		mvc.perform(validForm("-".repeat(36)).with(accounts.as(citizen)))
				.andExpect(status().isBadRequest());
		mvc.perform(validForm("").with(accounts.as(citizen)))
				.andExpect(status().isBadRequest());
	}

	private static MockHttpServletRequestBuilder validForm(UUID token) {
		return validForm(token.toString());
	}

	private static MockHttpServletRequestBuilder validForm(String token) {
		return post("/reports/new").with(csrf())
				.param("classification", "COMPLAINT")
				.param("title", "Blangko KTP-el habis terus")
				.param("body", "Sudah tiga bulan blangko KTP-el habis di kantor Disdukcapil Kota Makassar.")
				.param("provinceCode", "73")
				.param("regionCode", "73.71")
				.param("categoryCode", "kependudukan-ktp")
				.param("incidentDate", "2026-11-01")
				.param("location", "Kantor Disdukcapil")
				.param("submissionToken", token);
	}
}

package id.lapor.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.Role;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class TrackingControllerTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;

	@Test
	void anyoneCanTrackAPublicReportButNeverSeesTheReporter() throws Exception {

		var reporter = accounts.citizen("Nama Pelapor Publik");
		var number = reports.ktpComplaint(reporter, false, false);

		mvc.perform(get("/track").param("number", number.formatted().toLowerCase()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-colour=\"red\"")))
				.andExpect(content().string(containsString("Dinas Kependudukan dan Pencatatan Sipil Kota Makassar")))
				.andExpect(content().string(containsString("Sudah tiga bulan blangko KTP-el habis")))
				.andExpect(content().string(not(containsString("Nama Pelapor Publik"))))
				.andExpect(content().string(not(containsString(reporter))));
	}

	@Test
	void aConfidentialReportHidesItsContentFromThePublicAndOtherBodies() throws Exception {

		var reporter = accounts.citizen("Pelapor Rahasia");
		var number = reports.ktpComplaint(reporter, false, true);
		var otherLiaison = accounts.staff(Role.LIAISON, "pln");

		mvc.perform(get("/track").param("number", number.value()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"confidential-notice\"")))
				.andExpect(content().string(not(containsString("Sudah tiga bulan blangko KTP-el habis"))))
				.andExpect(content().string(not(containsString("Blangko KTP-el habis"))));
		mvc.perform(get("/track").param("number", number.value()).with(accounts.as(otherLiaison)))
				.andExpect(content().string(not(containsString("Sudah tiga bulan blangko KTP-el habis"))));
		mvc.perform(get("/track").param("number", number.value()).with(accounts.as(accounts.citizen("Tetangga"))))
				.andExpect(content().string(not(containsString("Sudah tiga bulan blangko KTP-el habis"))));
	}

	@Test
	void aConfidentialReportShowsItsContentToItsReporterAndItsHandlers() throws Exception {

		var reporter = accounts.citizen("Pelapor Rahasia");
		var number = reports.ktpComplaint(reporter, false, true);
		var handler = accounts.staff(Role.LIAISON, "dukcapil-73.71");

		mvc.perform(get("/track").param("number", number.value()).with(accounts.as(reporter)))
				.andExpect(content().string(containsString("Sudah tiga bulan blangko KTP-el habis")));
		mvc.perform(get("/track").param("number", number.value()).with(accounts.as(handler)))
				.andExpect(content().string(containsString("Sudah tiga bulan blangko KTP-el habis")));
	}

	@Test
	void explainsNumbersThatAreMistypedOrUnknown() throws Exception {

		mvc.perform(get("/track").param("number", "ABC"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Nomor pelacakan tidak valid")));
		mvc.perform(get("/track").param("number", TrackingNumber.random().value()))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("tidak ditemukan")));
	}

	@Test
	void everyPageOffersTheOtherLanguage() throws Exception {

		mvc.perform(get("/track").param("number", "ABC"))
				.andExpect(content().string(containsString(">English<")));
		mvc.perform(get("/track").param("lang", "en"))
				.andExpect(content().string(containsString("Track a report")))
				.andExpect(content().string(containsString(">Bahasa Indonesia<")));
	}
}

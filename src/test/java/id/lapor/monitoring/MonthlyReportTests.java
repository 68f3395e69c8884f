package id.lapor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.time.ZoneId;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.Role;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The monthly summary (laporan bulanan) is a PDF with the headline figures, trend, worst overdue bodies and top
 * categories of a body, a region or the nation, within the viewer's scope.
 */
@IntegrationTest
class MonthlyReportTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;

	@Test
	void aBodysMonthAsPdf() throws Exception {

		reports.ktpComplaint(accounts.citizen("Warga"), false, false);
		var month = YearMonth.now(ZoneId.of("Asia/Jakarta")).toString();

		var pdf = mvc.perform(get("/monitoring/monthly").param("month", month).param("bodyCode", "dukcapil-73.71")
				.with(accounts.as(accounts.staff(Role.SUPERVISOR, "ksp"))))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "application/pdf"))
				.andExpect(header().string("Content-Disposition",
						"attachment; filename=\"lapor-bulanan-dukcapil-73.71-" + month + ".pdf\""))
				.andReturn().getResponse().getContentAsByteArray();

		var text = text(pdf);
		assertThat(text).contains("Laporan bulanan LAPOR!", "Dinas Kependudukan dan Pencatatan Sipil Kota Makassar",
				"Angka utama", "Tingkat tindak lanjut", "Tren per bulan", "Kategori terbanyak",
				"KTP Elektronik dan Blangko");
	}

	@Test
	void aRegionalAdministratorGetsOnlyTheirScope() throws Exception {

		var admin = accounts.agencyAdmin("pemda-62.71");
		var pdf = mvc.perform(get("/monitoring/monthly").with(accounts.as(admin)))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
		assertThat(text(pdf)).contains("Pemerintah Kota Palangkaraya");

		mvc.perform(get("/monitoring/monthly").param("bodyCode", "dukcapil-73.71").with(accounts.as(admin)))
				.andExpect(status().isNotFound());
		mvc.perform(get("/monitoring/monthly")).andExpect(status().is3xxRedirection());
	}

	private static String text(byte[] pdf) throws Exception {
		var reader = new PdfReader(pdf);
		var extractor = new PdfTextExtractor(reader);
		var text = new StringBuilder();
		for (int page = 1; page <= reader.getNumberOfPages(); page++) {
			text.append(extractor.getTextFromPage(page)).append('\n');
		}
		return text.toString().replaceAll("\\s+", " ");
	}
}

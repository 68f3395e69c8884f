package id.lapor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.Role;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Exports hold exactly what the page shows, as CSV or XLSX; the XLSX files are opened and their cells checked.
 * Kota Palu (72.71) is used by no other test.
 */
@IntegrationTest
class ExportTests {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired JdbcTemplate jdbc;

	@Test
	void theDashboardTableAsXlsx() throws Exception {

		reports.ktpComplaint(accounts.citizen("Warga"), false, false);
		var supervisor = accounts.staff(Role.SUPERVISOR, "ksp");

		var rows = xlsx(get("/monitoring").param("regionCode", "73").param("format", "xlsx"), supervisor,
				"lapor-monitoring-73-");
		assertThat(rows.getFirst().getCells(0, MonitoringController.INDICATOR_COLUMNS.size()).stream()
				.map(cell -> cell.getText()).toList()).isEqualTo(MonitoringController.INDICATOR_COLUMNS);
		var makassar = rows.stream().filter(row -> row.getCellText(0).equals("73.71")).findFirst().orElseThrow();
		assertThat(makassar.getCellText(1)).isEqualTo("Kota Makassar");
		assertThat(makassar.getCellAsNumber(2)).hasValueSatisfying(received -> assertThat(received).isPositive());
	}

	@Test
	void aBodysReportsAsXlsxAndCsvWithoutTheReporter() throws Exception {

		reports.ensureLiaison("dukcapil-72.71");
		var onTime = reports.submit(accounts.citizen("Pelapor Rahasia Palu"), "72.71", "kependudukan-ktp", false, false);
		var late = reports.submit(accounts.citizen("Pelapor Rahasia Palu"), "72.71", "kependudukan-ktp", true, false);
		jdbc.update("update reports set next_due_at = now() - interval '1 day' where tracking_number = ?", late.value());
		var supervisor = accounts.staff(Role.SUPERVISOR, "ombudsman");

		var all = xlsx(get("/monitoring/bodies/dukcapil-72.71").param("format", "xlsx"), supervisor,
				"lapor-dukcapil-72.71-all-");
		assertThat(all.getFirst().getCellText(0)).isEqualTo("tracking_number");
		assertThat(all.subList(1, all.size())).extracting(row -> row.getCellText(0))
				.containsExactly(late.formatted(), onTime.formatted());
		var first = all.get(1);
		assertThat(first.getCellAsDate(1)).hasValueSatisfying(submitted -> assertThat(submitted.toLocalDate())
				.isAfterOrEqualTo(LocalDate.now().minusDays(1)));
		assertThat(first.getCellText(6)).isEqualTo("Belum ditindaklanjuti");
		assertThat(first.getCellAsBoolean(9)).contains(true);

		var overdue = xlsx(get("/monitoring/bodies/dukcapil-72.71").param("colour", "overdue").param("format", "xlsx"),
				supervisor, "lapor-dukcapil-72.71-overdue-");
		assertThat(overdue).hasSize(2);

		var csv = mvc.perform(get("/monitoring/bodies/dukcapil-72.71").param("format", "csv")
				.with(accounts.as(supervisor)))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines()).hasSize(3);
		assertThat(csv).contains(late.formatted()).doesNotContain("Pelapor Rahasia Palu");
	}

	@Test
	void theRankingAsXlsxKeepsTheScope() throws Exception {

		reports.ensureLiaison("dukcapil-72.71");
		reports.submit(accounts.citizen("Warga Palu"), "72.71", "kependudukan-ktp", false, false);

		var national = xlsx(get("/monitoring/bodies").param("format", "xlsx"), accounts.staff(Role.ADMIN,
				"kemenpanrb-lapor"), "lapor-peringkat-nasional-");
		assertThat(national.getFirst().getCellText(0)).isEqualTo("position");
		assertThat(national).anySatisfy(row -> assertThat(row.getCellText(1)).contains("Kota Palu"));
		assertThat(national.get(1).getCellAsNumber(0)).contains(BigDecimal.ONE);

		var scoped = xlsx(get("/monitoring/bodies").param("format", "xlsx"), accounts.agencyAdmin("pemda-72.71"),
				"lapor-peringkat-pemda-72.71-");
		assertThat(scoped.subList(1, scoped.size())).isNotEmpty()
				.allSatisfy(row -> assertThat(row.getCellText(1)).contains("Kota Palu"));
	}

	private List<Row> xlsx(MockHttpServletRequestBuilder request, String email, String fileNamePrefix)
			throws Exception {
		var response = mvc.perform(request.with(accounts.as(email)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", XLSX))
				.andReturn().getResponse();
		assertThat(response.getHeader("Content-Disposition"))
				.startsWith("attachment; filename=\"" + fileNamePrefix).endsWith(".xlsx\"");
		return read(response.getContentAsByteArray());
	}

	private static List<Row> read(byte[] bytes) throws IOException {
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
			return workbook.getFirstSheet().read();
		}
	}
}

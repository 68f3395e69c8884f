package id.lapor.monitoring.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import id.lapor.calendar.IndonesianTimeZones;
import id.lapor.system.SpreadsheetCells;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * Writes the table a page shows as CSV or XLSX straight into the response, row by row: the XLSX sheet is flushed
 * every {@value #FLUSH_EVERY} rows, so a 100,000-row export never sits in memory. Times are written in WIB. Text
 * never becomes a formula: XLSX holds it as string cells, CSV through {@link SpreadsheetCells#csvText}.
 */
final class TableExport {

	/** The formats of {@code ?format=}. */
	enum Format {
		CSV("text/csv;charset=UTF-8"),
		XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

		private final String contentType;

		Format(String contentType) {
			this.contentType = contentType;
		}

		static Optional<Format> parse(@Nullable String value) {
			return value == null ? Optional.empty() : switch (value.toLowerCase(Locale.ROOT)) {
				case "csv" -> Optional.of(CSV);
				case "xlsx" -> Optional.of(XLSX);
				default -> Optional.empty();
			};
		}

		String extension() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** Takes the rows of the table, one call per row. */
	interface Rows {
		void add(@Nullable Object... values);
	}

	static final int FLUSH_EVERY = 500;
	private static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
	private static final String DATE_FORMAT = "yyyy-mm-dd";

	private TableExport() {
	}

	/**
	 * @param fileName the download's name without extension, e.g. {@code lapor-monitoring-73-2026-10-25-2026-11-23}
	 * @param sheetName the XLSX sheet's name (at most 31 characters)
	 */
	static void write(HttpServletResponse response, Format format, String fileName, String sheetName,
			List<String> header, Consumer<Rows> rows) {

		response.setContentType(format.contentType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"" + fileName + "." + format.extension() + "\"");
		try {
			if (format == Format.CSV) {
				writeCsv(response, header, rows);
			} else {
				writeXlsx(response, sheetName, header, rows);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void writeCsv(HttpServletResponse response, List<String> header, Consumer<Rows> rows)
			throws IOException {
		try (var printer = new CSVPrinter(response.getWriter(), CSVFormat.RFC4180)) {
			printer.printRecord(header);
			rows.accept(values -> {
				try {
					printer.printRecord(Arrays.stream(values).map(TableExport::csvValue).toArray());
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}

	/** Numbers, yes/no and times as such; any other value is text, which may come from a user (a report's title). */
	private static @Nullable Object csvValue(@Nullable Object value) {
		return switch (value) {
			case null -> null;
			case Instant instant -> wib(instant).toString().replace('T', ' ');
			case Number number -> number;
			case Boolean bool -> bool;
			case LocalDate date -> date;
			default -> SpreadsheetCells.csvText(value.toString());
		};
	}

	private static void writeXlsx(HttpServletResponse response, String sheetName, List<String> header,
			Consumer<Rows> rows) throws IOException {
		var workbook = new Workbook(response.getOutputStream(), "LAPOR!", "1.0");
		var sheet = workbook.newWorksheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
		for (int column = 0; column < header.size(); column++) {
			sheet.value(0, column, header.get(column));
			sheet.style(0, column).bold().set();
		}
		sheet.freezePane(0, 1);
		var next = new int[] { 1 };
		rows.accept(values -> {
			int row = next[0]++;
			for (int column = 0; column < values.length; column++) {
				cell(sheet, row, column, values[column]);
			}
			if (row % FLUSH_EVERY == 0) {
				flush(sheet);
			}
		});
		workbook.finish();
	}

	private static void cell(Worksheet sheet, int row, int column, @Nullable Object value) {
		switch (value) {
			case null -> { }
			case Number number -> sheet.value(row, column, number);
			case Boolean bool -> sheet.value(row, column, bool);
			case Instant instant -> {
				sheet.value(row, column, wib(instant));
				sheet.style(row, column).format(DATE_TIME_FORMAT).set();
			}
			case LocalDate date -> {
				sheet.value(row, column, date);
				sheet.style(row, column).format(DATE_FORMAT).set();
			}
			// Written as a string cell, never as a formula, whatever the text starts with.
			default -> sheet.value(row, column, value.toString());
		}
	}

	private static void flush(Worksheet sheet) {
		try {
			sheet.flush();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static LocalDateTime wib(Instant instant) {
		return LocalDateTime.ofInstant(instant, IndonesianTimeZones.WIB).withSecond(0).withNano(0);
	}
}

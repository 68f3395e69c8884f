package id.lapor.agency;

import java.util.List;

/**
 * The outcome of a CSV import: either everything was applied, or nothing was and every bad line is listed.
 */
public record CatalogueImport(int created, int updated, List<Problem> problems) {

	/**
	 * A bad value on a line of the file (line 1 is the header).
	 *
	 * @param messageCode message {@code catalogue.import.<messageCode>}
	 */
	public record Problem(long line, String column, String messageCode, String value) {}

	public boolean applied() {
		return problems.isEmpty();
	}
}

package id.lapor.statistics;

/** What reports can be grouped by. */
public enum GroupBy {
	/** By the body's id (grouped as a number, cheaper than its text). */
	BODY("agency_id"),
	PROVINCE("split_part(region_code, '.', 1)"),
	REGENCY("region_code"),
	CATEGORY("category_code"),
	CLASSIFICATION("classification"),
	CHANNEL("channel"),
	/** How completed reports ended ({@code Outcome}); {@code NONE} for reports not completed. */
	OUTCOME("coalesce(outcome, 'NONE')"),
	MONTH("to_char(submitted_at at time zone 'Asia/Jakarta', 'YYYY-MM')");

	private final String expression;

	GroupBy(String expression) {
		this.expression = expression;
	}

	/** The SQL expression over the report table the reports are grouped by; as text, it is the group key. */
	String expression() {
		return expression;
	}
}

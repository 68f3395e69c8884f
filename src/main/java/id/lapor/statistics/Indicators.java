package id.lapor.statistics;

import org.jspecify.annotations.Nullable;

/**
 * The monitoring indicators of a group of reports, each defined here and nowhere else (docs/monitoring.md). A rate
 * is {@code null} when its denominator is zero: "no reports" is not "0%".
 *
 * @param followUpRate (in progress + completed) / received, as KemenPAN-RB computes tingkat tindak lanjut
 * @param completionRate completed / received
 * @param onTimeRate completed with first follow-up and resolution within their deadlines / (completed + open past
 * their deadline), so reports still open late count against the period
 * @param reopenRate reopened by their reporters / received
 * @param openAge the reports still open: fresh (≤ 4 weeks), older, stale (no change for more than 8 weeks)
 * @param durations median and 90th percentile of working days to the first follow-up and to completion
 * @param reportsPer100k received per 100,000 inhabitants, for groups that are regions with a known population
 */
public record Indicators(String key, String name, long received, long unverified, long red, long yellow, long green,
		long postponed, long archived, long overdue, @Nullable Double followUpRate, @Nullable Double completionRate,
		@Nullable Double onTimeRate, @Nullable Double reopenRate, long ratings, @Nullable Double averageRating,
		StatisticsRow.OpenAge openAge, StatisticsRow.Durations durations, @Nullable Double reportsPer100k) {

	public static Indicators of(StatisticsRow row, String name) {
		return of(row, name, null);
	}

	public static Indicators of(StatisticsRow row, String name, @Nullable Long population) {
		return new Indicators(row.key(), name, row.received(), row.unverified(), row.red(), row.yellow(), row.green(),
				row.postponed(), row.archived(), row.overdue(), rate(row.yellow() + row.green(), row.received()),
				rate(row.green(), row.received()), rate(row.completedOnTime(), row.green() + row.overdue()),
				rate(row.reopened(), row.received()), row.ratings(), row.averageRating(), row.openAge(),
				row.durations(), population == null || population == 0 ? null : row.received() * 100_000.0 / population);
	}

	/**
	 * The indicators of all groups together, from the total counted by the database over all their reports (rates
	 * from summed counts, never averaged; percentiles over all reports, never combined from groups).
	 */
	public static Indicators total(StatisticsRow total) {
		return of(total, "total");
	}

	private static @Nullable Double rate(long part, long whole) {
		return whole == 0 ? null : (double) part / whole;
	}
}

package id.lapor.monitoring;

import java.util.List;
import java.util.function.ToLongFunction;

import id.lapor.report.StatisticsRow;

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
 * @param openAge the reports still open, by calendar days since submission
 * @param reportsPer100k received per 100,000 inhabitants, for groups that are regions with a known population
 */
public record Indicators(String key, String name, long received, long unverified, long red, long yellow, long green,
		long postponed, long archived, long overdue, @Nullable Double followUpRate, @Nullable Double completionRate,
		@Nullable Double onTimeRate, @Nullable Double reopenRate, long ratings, @Nullable Double averageRating,
		StatisticsRow.OpenAge openAge, @Nullable Double reportsPer100k) {

	static Indicators of(StatisticsRow row, String name) {
		return of(row, name, null);
	}

	static Indicators of(StatisticsRow row, String name, @Nullable Long population) {
		return new Indicators(row.key(), name, row.received(), row.unverified(), row.red(), row.yellow(), row.green(),
				row.postponed(), row.archived(), row.overdue(), rate(row.yellow() + row.green(), row.received()),
				rate(row.green(), row.received()), rate(row.completedOnTime(), row.green() + row.overdue()),
				rate(row.reopened(), row.received()), row.ratings(), row.averageRating(), row.openAge(),
				population == null || population == 0 ? null : row.received() * 100_000.0 / population);
	}

	/** The indicators of all groups together, from their raw counts (rates are not averaged). */
	static Indicators total(List<StatisticsRow> rows) {
		long ratings = rows.stream().mapToLong(StatisticsRow::ratings).sum();
		double ratingSum = rows.stream().filter(row -> row.averageRating() != null)
				.mapToDouble(row -> row.averageRating() * row.ratings()).sum();
		var sum = new StatisticsRow("total", sum(rows, StatisticsRow::received), sum(rows, StatisticsRow::unverified),
				sum(rows, StatisticsRow::red), sum(rows, StatisticsRow::yellow), sum(rows, StatisticsRow::green),
				sum(rows, StatisticsRow::postponed), sum(rows, StatisticsRow::archived), sum(rows, StatisticsRow::overdue),
				sum(rows, StatisticsRow::completedOnTime), sum(rows, StatisticsRow::reopened), ratings,
				ratings == 0 ? null : ratingSum / ratings,
				rows.stream().map(StatisticsRow::openAge).reduce(StatisticsRow.OpenAge.NONE, StatisticsRow.OpenAge::plus));
		return of(sum, "total");
	}

	private static long sum(List<StatisticsRow> rows, ToLongFunction<StatisticsRow> field) {
		return rows.stream().mapToLong(field).sum();
	}

	static @Nullable Double rate(long part, long whole) {
		return whole == 0 ? null : (double) part / whole;
	}
}

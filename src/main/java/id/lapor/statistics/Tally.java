package id.lapor.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The counts of one group of reports while they are added up from the reports themselves, from monthly rollups and
 * from the live count of open reports. Everything in it can be summed, so the total of all groups is exact: the
 * percentiles come from histograms of whole working days, never from combining percentiles.
 */
final class Tally {

	long received;
	long unverified;
	long red;
	long yellow;
	long green;
	long postponed;
	long archived;
	long completedOnTime;
	long reopened;
	long ratings;
	long ratingSum;
	long overdue;
	long openFresh;
	long openOlder;
	long openStale;
	final Histogram response = new Histogram();
	final Histogram completion = new Histogram();

	/**
	 * Adds the counts of a result row with the columns {@code received, unverified, red, yellow, green, postponed,
	 * archived, completed_on_time, reopened, ratings, rating_sum}, one after the other in this order (the report
	 * table's and the rollups' queries; the status buckets in the order of {@link StatusBucket}).
	 */
	void addCounts(ResultSet row) throws SQLException {
		// By position: one name look-up per row instead of eleven (the rollup reads take tens of thousands of rows).
		int column = row.findColumn("received");
		received += row.getLong(column);
		unverified += row.getLong(column + 1);
		red += row.getLong(column + 2);
		yellow += row.getLong(column + 3);
		green += row.getLong(column + 4);
		postponed += row.getLong(column + 5);
		archived += row.getLong(column + 6);
		completedOnTime += row.getLong(column + 7);
		reopened += row.getLong(column + 8);
		ratings += row.getLong(column + 9);
		ratingSum += row.getLong(column + 10);
	}

	void add(Tally other) {
		received += other.received;
		unverified += other.unverified;
		red += other.red;
		yellow += other.yellow;
		green += other.green;
		postponed += other.postponed;
		archived += other.archived;
		completedOnTime += other.completedOnTime;
		reopened += other.reopened;
		ratings += other.ratings;
		ratingSum += other.ratingSum;
		overdue += other.overdue;
		openFresh += other.openFresh;
		openOlder += other.openOlder;
		openStale += other.openStale;
		response.add(other.response);
		completion.add(other.completion);
	}

	StatisticsRow toRow(String key) {
		return new StatisticsRow(key, received, unverified, red, yellow, green, postponed, archived, overdue,
				completedOnTime, reopened, ratings, ratings == 0 ? null : (double) ratingSum / ratings,
				new StatisticsRow.OpenAge(openFresh, openOlder, openStale),
				new StatisticsRow.Durations(response.percentile(0.5), response.percentile(0.9),
						completion.percentile(0.5), completion.percentile(0.9)));
	}

	/**
	 * How many reports took each whole number of working days: an array indexed by days (merged per group and month
	 * thousands of times a request), with a sorted map for the odd negative value.
	 */
	static final class Histogram {

		private long[] counts = new long[0];
		private final TreeMap<Integer, Long> negative = new TreeMap<>();

		void add(int days, long reports) {
			if (days < 0) {
				negative.merge(days, reports, Long::sum);
				return;
			}
			if (days >= counts.length) {
				counts = Arrays.copyOf(counts, Math.max(days + 1, counts.length * 2));
			}
			counts[days] += reports;
		}

		void add(Histogram other) {
			if (other.counts.length > counts.length) {
				counts = Arrays.copyOf(counts, other.counts.length);
			}
			for (int days = 0; days < other.counts.length; days++) {
				counts[days] += other.counts[days];
			}
			other.negative.forEach((days, reports) -> negative.merge(days, reports, Long::sum));
		}

		/** The counts by days, ascending, without the days no report took. */
		Map<Integer, Long> counts() {
			var all = new TreeMap<>(negative);
			for (int days = 0; days < counts.length; days++) {
				if (counts[days] > 0) {
					all.put(days, counts[days]);
				}
			}
			return all;
		}

		/**
		 * The percentile as PostgreSQL's {@code percentile_cont} computes it: the value at position
		 * {@code p * (n - 1)} of the sorted values, interpolated linearly between its neighbours.
		 */
		@Nullable Double percentile(double p) {
			long n = negative.values().stream().mapToLong(Long::longValue).sum() + Arrays.stream(counts).sum();
			if (n == 0) {
				return null;
			}
			double position = p * (n - 1);
			long first = (long) Math.floor(position);
			long second = (long) Math.ceil(position);
			double lower = valueAt(first);
			double upper = second == first ? lower : valueAt(second);
			return lower + (position - first) * (upper - lower);
		}

		/** The value at a 0-based position of the sorted values. */
		private int valueAt(long position) {
			long seen = 0;
			for (var entry : negative.entrySet()) {
				seen += entry.getValue();
				if (position < seen) {
					return entry.getKey();
				}
			}
			for (int days = 0; days < counts.length; days++) {
				seen += counts[days];
				if (position < seen) {
					return days;
				}
			}
			throw new IllegalArgumentException("position " + position + " beyond " + seen + " values");
		}
	}
}

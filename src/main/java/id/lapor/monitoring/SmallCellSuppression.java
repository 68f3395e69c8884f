package id.lapor.monitoring;

import java.util.ArrayList;
import java.util.List;

import id.lapor.statistics.Indicators;

import org.jspecify.annotations.Nullable;

/**
 * Small-cell suppression of the statistics anonymous callers get: a count below {@value #K} (zero included) could
 * point to a person (one report to a small body in a month), so it is withheld, and so is every other count from which
 * it could be recomputed (secondary suppression, until nothing changes):
 * <ul>
 * <li>within a group, the number received is the sum of the six status counts: when the counts withheld add up to
 * between 1 and 4 (one count of 2, or a 2 and two zeros), or one count alone is withheld (its value would follow),
 * the smallest shown one is withheld too;</li>
 * <li>across groups, each count of the totals is the sum of the groups' counts: the same rule, the smallest shown
 * group's count is withheld too.</li>
 * <li>a rate or a per-inhabitant figure is withheld when any count it is made of is (the share of on-time completions
 * counts its numerator, which is not published, as a count).</li>
 * </ul>
 * This protects each line (a group, a count across groups) on its own, as statistics offices' primary and secondary
 * suppression do; it is no proof against solving all lines together, which is why the public also gets whole months
 * and fewer counts than staff.
 * A group whose number received is withheld is withheld whole ({@link PublicIndicators#suppressed()}).
 */
public final class SmallCellSuppression {

	/** The smallest count published: k-anonymity with k = 5, as statistics offices do for small cells. */
	public static final int K = 5;

	private static final int RECEIVED = 0;
	private static final int UNVERIFIED = 1;
	private static final int ARCHIVED = 6;
	private static final int OVERDUE = 7;
	private static final int ON_TIME = 8;
	private static final int FIELDS = 9;
	private static final int RED = 2;
	private static final int YELLOW = 3;
	private static final int GREEN = 4;
	private static final int POSTPONED = 5;

	/** The suppressed groups (in the given order) and totals. */
	record Suppressed(List<PublicIndicators> groups, PublicIndicators totals) {}

	private SmallCellSuppression() {
	}

	/**
	 * @param groups all groups (never one page: the rule across groups needs them all)
	 * @param totals the totals of exactly these groups
	 */
	static Suppressed apply(List<Indicators> groups, Indicators totals) {
		var rows = new ArrayList<Indicators>(groups);
		rows.add(totals);
		var values = new long[rows.size()][];
		var hidden = new boolean[rows.size()][FIELDS];
		for (int row = 0; row < rows.size(); row++) {
			values[row] = counts(rows.get(row));
			for (int field = 0; field < FIELDS; field++) {
				hidden[row][field] = values[row][field] < K;
			}
		}
		int total = rows.size() - 1;
		boolean changed;
		do {
			changed = false;
			for (int row = 0; row <= total; row++) {
				if (hidden[row][RECEIVED]) {
					for (int field = 0; field < FIELDS; field++) {
						changed |= hide(hidden[row], field);
					}
					continue;
				}
				// received = unverified + red + yellow + green + postponed + archived
				changed |= protectSmallSum(values[row], hidden[row], UNVERIFIED, ARCHIVED);
			}
			for (int field = 0; field < FIELDS; field++) {
				if (hidden[total][field] || total == 0) {
					continue;
				}
				long hiddenSum = 0;
				int hiddenCount = 0;
				int smallestShown = -1;
				for (int row = 0; row < total; row++) {
					if (hidden[row][field]) {
						hiddenSum += values[row][field];
						hiddenCount++;
					}
					else if (smallestShown < 0 || values[row][field] < values[smallestShown][field]) {
						smallestShown = row;
					}
				}
				if (disclosive(hiddenSum, hiddenCount) && smallestShown >= 0) {
					changed |= hide(hidden[smallestShown], field);
				}
			}
		} while (changed);

		var published = new ArrayList<PublicIndicators>(groups.size());
		for (int row = 0; row < total; row++) {
			published.add(publish(rows.get(row), values[row], hidden[row]));
		}
		return new Suppressed(published, publish(totals, values[total], hidden[total]));
	}

	/**
	 * When the hidden ones of the fields {@code first..last} give a count away (their sum is the total minus the shown
	 * ones), hides the smallest shown one too. Hidden zeros alone give nothing away.
	 */
	private static boolean protectSmallSum(long[] values, boolean[] hidden, int first, int last) {
		long hiddenSum = 0;
		int hiddenCount = 0;
		int smallestShown = -1;
		for (int field = first; field <= last; field++) {
			if (hidden[field]) {
				hiddenSum += values[field];
				hiddenCount++;
			}
			else if (smallestShown < 0 || values[field] < values[smallestShown]) {
				smallestShown = field;
			}
		}
		return disclosive(hiddenSum, hiddenCount) && smallestShown >= 0 && hide(hidden, smallestShown);
	}

	/** The hidden cells of a line, whose sum follows from the shown ones: a small sum, or one cell's own value. */
	private static boolean disclosive(long hiddenSum, int hiddenCount) {
		return hiddenSum > 0 && (hiddenSum < K || hiddenCount == 1);
	}

	private static boolean hide(boolean[] hidden, int field) {
		if (hidden[field]) {
			return false;
		}
		hidden[field] = true;
		return true;
	}

	private static long[] counts(Indicators row) {
		// Indicators carry the share on time, not the count: the count is the share of its denominator.
		var onTime = row.onTimeRate() == null ? 0 : Math.round(row.onTimeRate() * (row.green() + row.overdue()));
		return new long[] { row.received(), row.unverified(), row.red(), row.yellow(), row.green(), row.postponed(),
				row.archived(), row.overdue(), onTime };
	}

	private static PublicIndicators publish(Indicators row, long[] values, boolean[] hidden) {
		return new PublicIndicators(row.key(), row.name(), hidden[RECEIVED], count(values, hidden, RECEIVED),
				count(values, hidden, UNVERIFIED), count(values, hidden, RED), count(values, hidden, YELLOW),
				count(values, hidden, GREEN), count(values, hidden, POSTPONED), count(values, hidden, ARCHIVED),
				count(values, hidden, OVERDUE),
				shown(hidden, RECEIVED, YELLOW, GREEN) ? row.followUpRate() : null,
				shown(hidden, RECEIVED, GREEN) ? row.completionRate() : null,
				shown(hidden, GREEN, OVERDUE, ON_TIME) ? row.onTimeRate() : null,
				shown(hidden, RECEIVED) ? row.reportsPer100k() : null);
	}

	private static @Nullable Long count(long[] values, boolean[] hidden, int field) {
		return hidden[field] ? null : values[field];
	}

	private static boolean shown(boolean[] hidden, int... fields) {
		for (var field : fields) {
			if (hidden[field]) {
				return false;
			}
		}
		return true;
	}
}

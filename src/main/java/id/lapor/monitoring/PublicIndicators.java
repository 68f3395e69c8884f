package id.lapor.monitoring;

import org.jspecify.annotations.Nullable;

/**
 * The {@link id.lapor.statistics.Indicators} of a group as anonymous callers get them: counts only where at least
 * {@value SmallCellSuppression#K} reports stand behind them, and no durations, ratings or ages (docs/monitoring.md).
 * A {@code null} count is fewer than {@value SmallCellSuppression#K}, or withheld so that such a count cannot be worked
 * out from the others (the group's total, the totals of all groups); a rate is {@code null} when any count it is made
 * of is.
 *
 * @param suppressed the group's own number of reports is withheld, and with it every figure of the group
 */
public record PublicIndicators(String key, String name, boolean suppressed, @Nullable Long received,
		@Nullable Long unverified, @Nullable Long red, @Nullable Long yellow, @Nullable Long green,
		@Nullable Long postponed, @Nullable Long archived, @Nullable Long overdue, @Nullable Double followUpRate,
		@Nullable Double completionRate, @Nullable Double onTimeRate, @Nullable Double reportsPer100k) {
}

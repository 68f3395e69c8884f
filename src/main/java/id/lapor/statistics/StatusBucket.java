package id.lapor.statistics;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import id.lapor.report.ReportStatus;

/**
 * The status buckets the indicators count (docs/monitoring.md): LAPOR!'s traffic light as {@link ReportStatus#colour}
 * defines it, red split by whom the report waits for. The statistics SQL never lists statuses of its own: it is
 * generated from here, so a status counts under its colour in Java and in SQL alike. Declared in the order of the
 * columns {@link Tally#addCounts} reads.
 */
enum StatusBucket {

	/** Belum Terverifikasi: red, not with a body yet (submitted, or waiting for the national administrator). */
	UNVERIFIED,
	/** Terdisposisi Belum Ditindaklanjuti: red, with a body that has not followed it up (again). */
	RED,
	/** Terdisposisi Sedang Diproses. */
	YELLOW,
	/** Terdisposisi Selesai. */
	GREEN,
	/** Tertunda: red, on hold at the national administrator. */
	POSTPONED,
	/** Arsip: grey, archived without follow-up. */
	ARCHIVED;

	/** Waiting for verification or for follow-up: the reports whose age of open work is counted. */
	static final Set<StatusBucket> OPEN = EnumSet.of(UNVERIFIED, RED, YELLOW);

	static StatusBucket of(ReportStatus status) {
		return switch (status.colour()) {
			case RED -> switch (status) {
				case POSTPONED -> POSTPONED;
				case SUBMITTED, AWAITING_VERIFICATION -> UNVERIFIED;
				default -> RED;
			};
			case YELLOW -> YELLOW;
			case GREEN -> GREEN;
			case GREY -> ARCHIVED;
		};
	}

	Set<ReportStatus> statuses() {
		return statuses(EnumSet.of(this));
	}

	static Set<ReportStatus> statuses(Collection<StatusBucket> buckets) {
		return Arrays.stream(ReportStatus.values()).filter(status -> buckets.contains(of(status)))
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(ReportStatus.class)));
	}

	/** The statuses of this bucket as an SQL condition on the column {@code status}. */
	String condition() {
		return condition(EnumSet.of(this));
	}

	/**
	 * The statuses of the buckets as an SQL condition on the column {@code status}: {@code status in ('A', 'B')}, the
	 * names of enum constants, never input. Literals rather than parameters, so that the planner can match the
	 * partial index on the open reports ({@code reports_open_statistics_idx}).
	 */
	static String condition(Collection<StatusBucket> buckets) {
		var statuses = statuses(buckets);
		return statuses.isEmpty() ? "false"
				: statuses.stream().map(status -> "'" + status.name() + "'")
						.collect(Collectors.joining(", ", "status in (", ")"));
	}

	/**
	 * The count of each bucket as result columns, in the order of this enum and named after the buckets:
	 * {@code <count> filter (where status in (...)) as unverified, ...}.
	 *
	 * @param count the aggregate that counts a report: {@code count(*)}, or {@code sum(sign)} over the log of changes
	 */
	static String columns(String count) {
		return Arrays.stream(values())
				.map(bucket -> "%s filter (where %s) as %s".formatted(count, bucket.condition(),
						bucket.name().toLowerCase(Locale.ROOT)))
				.collect(Collectors.joining(", "));
	}
}

package id.lapor.statistics;

import org.jspecify.annotations.Nullable;

/**
 * Raw counts of a group of reports (by body, region, category, ...), from which the indicators are computed.
 *
 * @param unverified submitted or waiting for the national administrator (Belum Terverifikasi)
 * @param red assigned or reopened, not yet followed up (Terdisposisi Belum Ditindaklanjuti)
 * @param yellow in progress (Terdisposisi Sedang Diproses)
 * @param green completed or closed (Terdisposisi Selesai)
 * @param postponed on hold at the national administrator (Tertunda)
 * @param archived archived without follow-up (Arsip)
 * @param overdue open and past its current deadline
 * @param completedOnTime completed with the first follow-up and the resolution within their deadlines
 * @param openAge the reports still waiting for verification or follow-up (red, yellow, unverified) by age and
 * activity
 * @param durations working days from submission to the first follow-up and to completion
 */
public record StatisticsRow(String key, long received, long unverified, long red, long yellow, long green,
		long postponed, long archived, long overdue, long completedOnTime, long reopened, long ratings,
		@Nullable Double averageRating, OpenAge openAge, Durations durations) {

	/**
	 * Open reports: fresh (submitted within the last 4 weeks), older (submitted earlier, changed within the last 8
	 * weeks) and stale (no change for more than 8 weeks).
	 */
	public record OpenAge(long fresh, long older, long stale) {

		public static final OpenAge NONE = new OpenAge(0, 0, 0);
	}

	/**
	 * Median and 90th percentile of the working days (WIB dates) from submission to the first follow-up, of the
	 * reports followed up, and to completion, of the completed ones; {@code null} when there are none.
	 */
	public record Durations(@Nullable Double firstResponseMedian, @Nullable Double firstResponseP90,
			@Nullable Double completionMedian, @Nullable Double completionP90) {

		public static final Durations NONE = new Durations(null, null, null, null);
	}
}

package id.lapor.report;

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
 * @param openAge the reports still waiting for verification or follow-up (red, yellow, unverified) by how long ago
 * they were submitted
 */
public record StatisticsRow(String key, long received, long unverified, long red, long yellow, long green,
		long postponed, long archived, long overdue, long completedOnTime, long reopened, long ratings,
		@Nullable Double averageRating, OpenAge openAge) {

	/** Open reports by calendar days since submission: up to 7, 8 to 30, 31 to 90, more than 90. */
	public record OpenAge(long upTo7Days, long upTo30Days, long upTo90Days, long over90Days) {

		public static final OpenAge NONE = new OpenAge(0, 0, 0, 0);

		public OpenAge plus(OpenAge other) {
			return new OpenAge(upTo7Days + other.upTo7Days, upTo30Days + other.upTo30Days,
					upTo90Days + other.upTo90Days, over90Days + other.over90Days);
		}
	}
}

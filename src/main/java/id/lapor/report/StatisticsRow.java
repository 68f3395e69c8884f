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
 */
public record StatisticsRow(String key, long received, long unverified, long red, long yellow, long green,
		long postponed, long archived, long overdue, long completedOnTime, long reopened, long ratings,
		@Nullable Double averageRating) {
}

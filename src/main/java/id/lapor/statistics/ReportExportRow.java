package id.lapor.statistics;

import java.time.Instant;

import id.lapor.report.Classification;
import id.lapor.report.Outcome;
import id.lapor.report.ReportStatus;
import id.lapor.report.TrackingNumber;

import org.jspecify.annotations.Nullable;

/**
 * One report in an export of a body's reports: what a supervisor needs to chase it, never the reporter's identity.
 */
public record ReportExportRow(TrackingNumber trackingNumber, Instant submittedAt, Classification classification,
		String title, String categoryName, String regionName, ReportStatus status, @Nullable Instant nextDueAt,
		boolean overdue, @Nullable Instant followedUpAt, @Nullable Instant completedAt, @Nullable Outcome outcome,
		@Nullable Integer rating) {
}

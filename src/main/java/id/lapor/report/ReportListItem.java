package id.lapor.report;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One row of a report list.
 */
public record ReportListItem(TrackingNumber trackingNumber, Classification classification, String title,
		ReportStatus status, @Nullable String agencyName, @Nullable String categoryName, @Nullable String regionName,
		Instant submittedAt, Instant lastChangedAt, boolean anonymous, boolean confidential) {

	public StatusColour colour() {
		return status.colour();
	}
}

package id.lapor.report;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One row of a report list.
 *
 * @param nextDueAt the deadline that matters now, {@code null} when the report is done
 * @param workingDaysLeft working days until then in the handling body's time zone, negative when overdue
 */
public record ReportListItem(TrackingNumber trackingNumber, Classification classification, String title,
		ReportStatus status, @Nullable String agencyName, @Nullable String categoryName, @Nullable String regionName,
		Instant submittedAt, Instant lastChangedAt, boolean anonymous, boolean confidential,
		@Nullable Instant nextDueAt, @Nullable Integer workingDaysLeft) {

	public boolean overdue() {
		return workingDaysLeft != null && workingDaysLeft < 0;
	}

	public StatusColour colour() {
		return status.colour();
	}
}

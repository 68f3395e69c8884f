package id.lapor.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.lapor.account.AccountSummary;
import id.lapor.agency.AgencySummary;
import id.lapor.routing.Explanation;

import org.jspecify.annotations.Nullable;

/**
 * A report as one particular audience may see it. What an audience must not see is {@code null} or empty here,
 * so a page cannot show it by mistake.
 *
 * @param contentVisible whether title, body, place and responses are visible (a confidential report hides them
 * from the public)
 * @param reporter who reported, for staff only and never for an anonymous report
 * @param routingRule why the report went to its body, for staff only
 */
public record ReportDetails(TrackingNumber trackingNumber, Classification classification, ReportStatus status,
		@Nullable AgencySummary agency, String regionCode, @Nullable String regionName, String categoryCode,
		@Nullable String categoryName, Instant submittedAt, Instant lastChangedAt, long version, boolean anonymous,
		boolean confidential, boolean contentVisible, @Nullable String title, @Nullable String text,
		@Nullable LocalDate incidentDate, @Nullable String location, @Nullable AccountSummary reporter,
		@Nullable String routingRule, @Nullable RoutingInfo routing, @Nullable ArchiveReason archiveReason,
		@Nullable TrackingNumber duplicateOf, Deadlines deadlines, Outcome outcome, List<AttachmentView> attachments,
		List<TimelineEntry> timeline, List<ResponseView> responses) {

	/**
	 * The report's deadlines in the handling body's time zone.
	 *
	 * @param zone WIB, WITA or WIT
	 * @param workingDaysLeft until {@code next}, negative when overdue
	 */
	public record Deadlines(ServiceClass serviceClass, @Nullable Instant verificationDue, @Nullable Instant followUpDue,
			@Nullable Instant resolutionDue, @Nullable Instant followedUpAt, @Nullable Instant next,
			@Nullable Integer workingDaysLeft, String zoneId, String zone) {

		public boolean overdue() {
			return workingDaysLeft != null && workingDaysLeft < 0;
		}
	}

	public StatusColour colour() {
		return status.colour();
	}

	/**
	 * How routing decided, for staff.
	 *
	 * @param confidence the router's confidence, {@code null} for reports routed before it was recorded
	 * @param suggested the body the router chose, which may differ from the current one (no liaison officer there,
	 * forwarded since)
	 */
	public record RoutingInfo(@Nullable Double confidence, List<Explanation> explanation,
			@Nullable AlternativeView suggested, List<AlternativeView> alternatives) {
	}

	/** Another body routing thought of. */
	public record AlternativeView(String code, String name, double confidence) {
	}

	/**
	 * One step of the report's history.
	 *
	 * @param actorName who acted, for staff only; {@code null} for the system, the public and an anonymous reporter
	 * @param note the recorded note, for staff only
	 */
	public record TimelineEntry(Instant occurredAt, HistoryAction action, @Nullable ReportStatus fromStatus,
			@Nullable ReportStatus toStatus, @Nullable String fromAgencyName, @Nullable String agencyName,
			@Nullable String actorName, @Nullable String detail, @Nullable String note) {
	}

	/**
	 * A response of the handling body; the officer's name is shown to staff only.
	 */
	public record ResponseView(long id, Instant createdAt, MessageKind kind, @Nullable String agencyName,
			@Nullable String authorName, String body, List<AttachmentView> attachments) {
	}

	/**
	 * How the report ended, so far.
	 *
	 * @param closesAt an answered report closes itself then, unless the reporter replies
	 * @param canBeReopened whether the reporter may still reopen it (once, after an unsatisfied rating)
	 */
	public record Outcome(@Nullable Instant completedAt, @Nullable Instant closesAt, @Nullable Instant closedAt,
			@Nullable Integer rating, @Nullable String ratingComment, int reopenedCount, boolean canBeReopened,
			id.lapor.report.@Nullable Outcome result) {
	}
}

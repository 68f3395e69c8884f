package id.lapor.report;

/**
 * What happened to a report, as recorded in its history.
 */
public enum HistoryAction {
	SUBMITTED,
	ASSIGNED,
	QUEUED_FOR_VERIFICATION,
	VERIFIED,
	POSTPONED,
	ARCHIVED,
	FLAGS_CHANGED,
	/** A body declined the report as not its business and sent it to another body. */
	FORWARDED,
	/** A body handed the report down to one of its own units (disposisi). */
	DISPOSED,
	/** The handling body set how much work the report takes (and so its resolution deadline). */
	CLASSIFIED,
	RESPONDED,
	/** The reporter wrote in the conversation; a reply to an answered report keeps it open. */
	REPLIED,
	/** The reporter confirmed the answer: the report is closed. */
	CONFIRMED,
	RATED,
	/** The reporter, not satisfied, reopened the answered report (once). */
	REOPENED,
	/** Closed by the system after the window without a reply from the reporter. */
	CLOSED,
	/** The system reminded the handling body that a deadline is near. */
	REMINDED,
	/** A deadline was missed: the system escalated the report to a supervising body. */
	ESCALATED,
	/** A supervisor reprimanded the handling body (teguran) about its overdue reports, this one among them. */
	REPRIMANDED,
	/** The handling body, completing it as a duplicate, named the report that handles the same matter (detail). */
	MARKED_DUPLICATE
}

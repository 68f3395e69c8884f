package id.lapor.report;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a report stands. The colour shown to everyone is derived here and nowhere else.
 */
public enum ReportStatus {

	SUBMITTED(StatusColour.RED),
	/** Waiting for the national administrator: low routing confidence, no staffed body, or too many declines. */
	AWAITING_VERIFICATION(StatusColour.RED),
	/** Put on hold by the national administrator (tunda), e.g. while the reporter is asked for details. */
	POSTPONED(StatusColour.RED),
	ASSIGNED(StatusColour.RED),
	IN_PROGRESS(StatusColour.YELLOW),
	/** Answered by the body: followed up (green); closes itself after the reporter's window. */
	COMPLETED(StatusColour.GREEN),
	/** The reporter was not satisfied and reopened it: not yet followed up again (red). */
	REOPENED(StatusColour.RED),
	/** Confirmed by the reporter or closed after the window without a reply. */
	CLOSED(StatusColour.GREEN),
	/** Closed without follow-up, with a recorded reason (too general, duplicate, ...). */
	ARCHIVED(StatusColour.GREY);

	private final StatusColour colour;

	ReportStatus(StatusColour colour) {
		this.colour = colour;
	}

	public StatusColour colour() {
		return colour;
	}

	/** Whether the report waits for the national administrator rather than a body. */
	public boolean isInVerification() {
		return this == AWAITING_VERIFICATION || this == POSTPONED;
	}

	public static Set<ReportStatus> withColour(StatusColour colour) {
		return Arrays.stream(values()).filter(status -> status.colour == colour).collect(Collectors.toSet());
	}
}

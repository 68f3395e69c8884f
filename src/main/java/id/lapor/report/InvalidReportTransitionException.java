package id.lapor.report;

/**
 * A change the report's current status does not allow, e.g. answering a completed report.
 */
public class InvalidReportTransitionException extends RuntimeException {

	private final ReportStatus from;
	private final ReportStatus to;

	InvalidReportTransitionException(ReportStatus from, ReportStatus to) {
		super("A report cannot go from " + from + " to " + to);
		this.from = from;
		this.to = to;
	}

	public ReportStatus from() {
		return from;
	}

	public ReportStatus to() {
		return to;
	}
}

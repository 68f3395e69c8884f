package id.lapor.report;

/**
 * What happened to a report, as recorded in its history.
 */
public enum HistoryAction {
	SUBMITTED, ASSIGNED, RESPONDED
}

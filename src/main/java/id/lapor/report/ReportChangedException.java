package id.lapor.report;

/**
 * Somebody else changed the report since the officer opened it; their work must not be overwritten silently.
 */
public class ReportChangedException extends RuntimeException {

	ReportChangedException() {
		super("The report was changed by someone else");
	}
}

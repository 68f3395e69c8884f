package id.lapor.report;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Somebody else changed the report since the officer opened it; their work must not be overwritten silently. An
 * optimistic locking failure, like the one the database reports at commit: the pages show the form again
 * ({@code StaleForms}).
 */
public class ReportChangedException extends OptimisticLockingFailureException {

	ReportChangedException() {
		super("The report was changed by someone else");
	}
}

package id.lapor.agency;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Someone else changed the body since the administrator opened it: an optimistic locking failure, like the one the
 * database reports at commit; the pages show the form again ({@code StaleForms}).
 */
public class AgencyChangedConcurrentlyException extends OptimisticLockingFailureException {

	AgencyChangedConcurrentlyException() {
		super("The body was changed by someone else");
	}
}

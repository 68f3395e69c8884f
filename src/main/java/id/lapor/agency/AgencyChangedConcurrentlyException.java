package id.lapor.agency;

/**
 * Someone else changed the body since the administrator opened it.
 */
public class AgencyChangedConcurrentlyException extends RuntimeException {

	AgencyChangedConcurrentlyException() {
		super("The body was changed by someone else");
	}
}

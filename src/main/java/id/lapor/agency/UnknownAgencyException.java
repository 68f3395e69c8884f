package id.lapor.agency;

/**
 * No active body has the given code.
 */
public class UnknownAgencyException extends RuntimeException {

	public UnknownAgencyException(String code) {
		super("No active body with code " + code);
	}
}

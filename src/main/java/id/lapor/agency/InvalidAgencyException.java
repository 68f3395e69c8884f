package id.lapor.agency;

/**
 * A change the catalogue refuses, naming the field and a message code ({@code catalogue.invalid.*}).
 */
public class InvalidAgencyException extends RuntimeException {

	private final String field;
	private final String messageCode;

	InvalidAgencyException(String field, String messageCode) {
		super(field + ": " + messageCode);
		this.field = field;
		this.messageCode = messageCode;
	}

	public String field() {
		return field;
	}

	public String messageCode() {
		return messageCode;
	}
}

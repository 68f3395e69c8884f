package id.lapor.monitoring.web;

import org.springframework.http.HttpStatus;

/**
 * A parameter of the statistics API it cannot answer: a ProblemDetail naming the parameter ({@code field}), with the
 * message of {@code messageKey} and the status given (400, or 403 for a body outside the caller's scope).
 */
class InvalidParameterException extends RuntimeException {

	final String field;
	final String messageKey;
	final HttpStatus status;

	InvalidParameterException(String field, String messageKey, HttpStatus status) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.status = status;
	}

	static InvalidParameterException badRequest(String field, String messageKey) {
		return new InvalidParameterException(field, messageKey, HttpStatus.BAD_REQUEST);
	}
}

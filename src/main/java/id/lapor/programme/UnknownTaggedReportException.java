package id.lapor.programme;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The tagging form named a report that does not exist: the request is wrong, not the server.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class UnknownTaggedReportException extends RuntimeException {

	public UnknownTaggedReportException() {
		super("No report with that tracking number");
	}
}

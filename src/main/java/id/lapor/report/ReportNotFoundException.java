package id.lapor.report;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such report, or none the person may see: both answer 404, so nobody learns that a number exists.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ReportNotFoundException extends RuntimeException {

	public ReportNotFoundException() {
		super("Report not found");
	}
}

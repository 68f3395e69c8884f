package id.lapor.report;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Staff tried to make a report less private than the reporter chose: anonymity and confidentiality can only be
 * turned on by staff, never off.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class FlagsLoosenedException extends RuntimeException {

	FlagsLoosenedException() {
		super("Staff may only hide more of a report, never less");
	}
}

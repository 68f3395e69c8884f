package id.lapor.programme;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No programme has this code.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProgrammeNotFoundException extends RuntimeException {
}

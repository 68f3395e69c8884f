package id.lapor.programme;

/**
 * Somebody else saved the programme since the form was opened; nothing was overwritten.
 */
public class ProgrammeChangedException extends RuntimeException {

	ProgrammeChangedException(String code) {
		super("programme " + code + " was changed concurrently");
	}
}

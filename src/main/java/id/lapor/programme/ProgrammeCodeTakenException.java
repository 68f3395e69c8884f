package id.lapor.programme;

/**
 * Another programme already has this code.
 */
public class ProgrammeCodeTakenException extends RuntimeException {

	ProgrammeCodeTakenException(String code) {
		super("programme code " + code + " is taken");
	}
}

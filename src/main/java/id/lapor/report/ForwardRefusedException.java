package id.lapor.report;

/**
 * A forward the loop guard refuses: back to a body that already declined the report, or to the same body.
 */
public class ForwardRefusedException extends RuntimeException {

	ForwardRefusedException() {
		super("The report cannot go to that body");
	}
}

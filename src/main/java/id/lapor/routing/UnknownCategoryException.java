package id.lapor.routing;

public class UnknownCategoryException extends RuntimeException {

	public UnknownCategoryException(String code) {
		super("No active category with code " + code);
	}
}

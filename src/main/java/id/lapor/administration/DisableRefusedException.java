package id.lapor.administration;

/**
 * A staff account the acting administrator may not disable; {@code messageCode} says why
 * ({@code catalogue.liaison.refused.*}, or {@code catalogue.liaison.notYourself}).
 */
public class DisableRefusedException extends RuntimeException {

	private final String messageCode;

	DisableRefusedException(String reason) {
		super("Not allowed to disable this account: " + reason);
		this.messageCode = "self".equals(reason) ? "catalogue.liaison.notYourself" : "catalogue.liaison.refused." + reason;
	}

	public String messageCode() {
		return messageCode;
	}
}

package id.lapor.report;

/**
 * An upload refused: too large, too many, not an accepted type, or over the account's limits; {@code reason} is a
 * message code suffix
 * ({@code attachment.rejected.<reason>}).
 */
public class AttachmentRejectedException extends RuntimeException {

	private final String reason;

	AttachmentRejectedException(String reason) {
		super("Attachment rejected: " + reason);
		this.reason = reason;
	}

	public String reason() {
		return reason;
	}

	/** Refused because of the account's pending quota or hourly rate, not because of the file. */
	public boolean isLimit() {
		return "quota".equals(reason) || "rate".equals(reason);
	}
}

package id.lapor.report;

/**
 * An upload refused: too large, too many, or not an accepted type; {@code reason} is a message code suffix
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
}

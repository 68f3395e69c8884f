package id.lapor.files;

/**
 * An image {@link ImageScrubber} cannot re-encode: {@code type} (the JDK cannot decode it), {@code dimensions} (more
 * pixels than allowed) or {@code unreadable} (a broken file).
 */
public class ImageRejectedException extends RuntimeException {

	private final String reason;

	ImageRejectedException(String reason) {
		super("Image rejected: " + reason);
		this.reason = reason;
	}

	public String reason() {
		return reason;
	}
}

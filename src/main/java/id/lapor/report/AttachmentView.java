package id.lapor.report;

import java.util.UUID;

/**
 * An attachment as pages list it.
 */
public record AttachmentView(UUID id, String fileName, String contentType, long sizeBytes) {

	public boolean isImage() {
		return contentType.startsWith("image/");
	}
}

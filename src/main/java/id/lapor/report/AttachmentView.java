package id.lapor.report;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An attachment as pages list it.
 *
 * @param messageId the message of the conversation it came with, {@code null} for the report's own files
 */
public record AttachmentView(UUID id, String fileName, String contentType, long sizeBytes, @Nullable Long messageId) {

	public boolean isImage() {
		return contentType.startsWith("image/");
	}
}

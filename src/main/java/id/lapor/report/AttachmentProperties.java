package id.lapor.report;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of attachments (where they are kept: {@link id.lapor.files.FileStorageProperties}).
 *
 * @param maxSize the largest file accepted
 * @param maxPerReport how many files one report (or one message) may carry
 * @param types the content types accepted, as detected from the file's bytes; an image type is accepted only when
 * the JDK can decode it, because every image is re-encoded without its metadata
 * @param maxPixels the largest image accepted, in pixels (width × height as the file declares it, read before
 * decoding), so a small file cannot unpack into gigabytes
 * @param maxPerHour how many files one account may upload in an hour, counted in the database (all instances)
 * @param pending limits of uploads not yet sent with a report or a message
 */
@ConfigurationProperties("lapor.attachments")
public record AttachmentProperties(
		@DefaultValue("10MB") DataSize maxSize,
		@DefaultValue("5") int maxPerReport,
		@DefaultValue({ "image/jpeg", "image/png", "application/pdf" }) Set<String> types,
		@DefaultValue("40000000") long maxPixels,
		@DefaultValue("30") int maxPerHour,
		@DefaultValue Pending pending) {

	/**
	 * Uploads waiting for their form to be sent, per account (over all its forms).
	 *
	 * @param maxFiles how many files may wait
	 * @param maxSize how many bytes may wait
	 * @param lifetime how long a file waits before it is deleted, sent or not
	 */
	public record Pending(@DefaultValue("20") int maxFiles, @DefaultValue("50MB") DataSize maxSize,
			@DefaultValue("24h") Duration lifetime) {
	}
}

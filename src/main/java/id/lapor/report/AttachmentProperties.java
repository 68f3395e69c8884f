package id.lapor.report;

import java.nio.file.Path;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits and place of attachments.
 *
 * @param maxSize the largest file accepted
 * @param maxPerReport how many files one report may carry
 * @param types the content types accepted, as detected from the file's bytes
 * @param directory where the file-system storage keeps the files
 */
@ConfigurationProperties("lapor.attachments")
public record AttachmentProperties(
		@DefaultValue("10MB") DataSize maxSize,
		@DefaultValue("5") int maxPerReport,
		@DefaultValue({ "image/jpeg", "image/png", "image/webp", "application/pdf" }) Set<String> types,
		@DefaultValue("data/attachments") Path directory) {
}

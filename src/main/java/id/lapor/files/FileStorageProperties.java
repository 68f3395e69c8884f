package id.lapor.files;

import java.net.URI;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the files are kept. The names stay under {@code lapor.attachments}, where operators have always set them.
 *
 * @param directory where the file-system storage keeps the files
 * @param s3 an S3-compatible object store to use instead of the directory (when its bucket is set)
 */
@ConfigurationProperties("lapor.attachments")
public record FileStorageProperties(@DefaultValue("data/attachments") Path directory, @DefaultValue S3 s3) {

	/**
	 * @param endpoint the store's address, e.g. {@code https://s3.ap-southeast-3.amazonaws.com} or a MinIO server;
	 * empty for AWS's default endpoint of the region
	 * @param pathStyle {@code /bucket/key} addresses, which most S3-compatible stores need
	 */
	public record S3(@Nullable String bucket, @Nullable URI endpoint, @DefaultValue("ap-southeast-3") String region,
			@Nullable String accessKey, @Nullable String secretKey, @DefaultValue("true") boolean pathStyle) {

		boolean configured() {
			return bucket != null && !bucket.isBlank();
		}
	}
}

package id.lapor.files;

import java.util.Objects;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3-compatible object store when {@code lapor.attachments.s3.bucket} is set, else the file system.
 */
@Configuration(proxyBeanMethods = false)
class FileStorageConfiguration {

	@Bean
	FileStorage fileStorage(FileStorageProperties properties) {
		var s3 = properties.s3();
		return s3.configured() ? new S3Storage(s3Client(s3), Objects.requireNonNull(s3.bucket()))
				: new FileSystemStorage(properties.directory());
	}

	static S3Client s3Client(FileStorageProperties.S3 s3) {
		var builder = S3Client.builder()
				.httpClient(UrlConnectionHttpClient.create())
				.region(Region.of(s3.region()))
				.forcePathStyle(s3.pathStyle())
				// Checksums only where the protocol requires them: several S3-compatible stores reject the rest.
				.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
				.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
				.credentialsProvider(s3.accessKey() == null ? DefaultCredentialsProvider.builder().build()
						: StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(),
								Objects.requireNonNullElse(s3.secretKey(), ""))));
		if (s3.endpoint() != null) {
			builder.endpointOverride(s3.endpoint());
		}
		return builder.build();
	}
}

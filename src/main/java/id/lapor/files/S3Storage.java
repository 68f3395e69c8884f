package id.lapor.files;

import java.io.InputStream;
import java.nio.file.Path;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Keeps files in a bucket of an S3-compatible object store (AWS S3, MinIO, a cloud provider's
 * S3-compatible service), configured with {@code LAPOR_ATTACHMENTS_S3_*}.
 */
class S3Storage implements FileStorage {

	private final S3Client client;
	private final String bucket;

	S3Storage(S3Client client, String bucket) {
		this.client = client;
		this.bucket = bucket;
	}

	@Override
	public void store(String key, Path file) {
		client.putObject(PutObjectRequest.builder().bucket(bucket).key(key).build(), RequestBody.fromFile(file));
	}

	@Override
	public void delete(String key) {
		client.deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(key).build());
	}

	@Override
	public InputStream open(String key) {
		return client.getObject(GetObjectRequest.builder().bucket(bucket).key(key).build());
	}
}

package id.lapor.report;

import java.io.InputStream;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Keeps attachment files in a bucket of an S3-compatible object store (AWS S3, MinIO, a cloud provider's
 * S3-compatible service), configured with {@code LAPOR_ATTACHMENTS_S3_*}.
 */
class S3AttachmentStorage implements AttachmentStorage {

	private final S3Client client;
	private final String bucket;

	S3AttachmentStorage(S3Client client, String bucket) {
		this.client = client;
		this.bucket = bucket;
	}

	@Override
	public void store(String key, byte[] content) {
		client.putObject(PutObjectRequest.builder().bucket(bucket).key(key).contentLength((long) content.length).build(),
				RequestBody.fromBytes(content));
	}

	@Override
	public InputStream open(String key) {
		return client.getObject(GetObjectRequest.builder().bucket(bucket).key(key).build());
	}
}

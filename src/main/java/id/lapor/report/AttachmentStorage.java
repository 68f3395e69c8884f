package id.lapor.report;

import java.io.InputStream;

/**
 * Where attachment files live, outside the database. The file-system adapter is the default; another adapter (an
 * S3-compatible object store) can take its place without the rest of the module noticing.
 */
interface AttachmentStorage {

	void store(String key, byte[] content);

	InputStream open(String key);
}

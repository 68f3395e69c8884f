package id.lapor.report;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where attachment files live, outside the database. The file-system adapter is the default; another adapter (an
 * S3-compatible object store) can take its place without the rest of the module noticing.
 */
interface AttachmentStorage {

	/** Stores the file's content under the key, streaming it: a file is never held in memory whole. */
	void store(String key, Path file);

	InputStream open(String key);

	/** Removes the file; nothing happens when there is none. */
	void delete(String key);
}

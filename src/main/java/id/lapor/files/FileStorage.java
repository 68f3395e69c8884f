package id.lapor.files;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where files live, outside the database: the file system by default, an S3-compatible object store when
 * {@code lapor.attachments.s3.bucket} is set, without its users noticing which.
 */
public interface FileStorage {

	/** Stores the file's content under the key, streaming it: a file is never held in memory whole. */
	void store(String key, Path file);

	InputStream open(String key);

	/** Removes the file; nothing happens when there is none. */
	void delete(String key);
}

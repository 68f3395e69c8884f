/**
 * Files kept outside the database: {@link id.lapor.files.FileStorage} on the file system or in an S3-compatible object
 * store ({@link id.lapor.files.FileStorageProperties}), and {@link id.lapor.files.ImageScrubber}, which re-encodes a
 * photo from its pixels so that none of its metadata is kept. Knows nothing of reports: {@code report} keeps its
 * attachments here. Owns no table.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.files;

package id.lapor.report;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.lapor.account.LaporUser;
import id.lapor.account.Role;
import id.lapor.files.FileStorage;
import id.lapor.files.ImageRejectedException;
import id.lapor.files.ImageScrubber;

import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamSource;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos and PDFs with a report. The type is detected from the file's bytes (Apache Tika), never from its name;
 * size, count and type are limited, per form and per account; photos are stored without their metadata and no file
 * keeps the name it was uploaded with; files are stored outside the database and served only to those who may see
 * the report's content: its reporter, the handling body's staff, the national administrator and supervisors. The
 * public never sees attachments, even of a public report, because they often show identity documents.
 */
@Service
@Transactional
public class Attachments {

	/** A file to send back, with what the browser needs to know about it. */
	public record Opened(AttachmentView attachment, InputStream content) {}

	private static final DateTimeFormatter FOLDERS = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

	private final AttachmentRepository attachments;
	private final ReportRepository reports;
	private final FileStorage storage;
	private final AttachmentProperties properties;
	private final Clock clock;
	private final Tika tika = new Tika();

	Attachments(AttachmentRepository attachments, ReportRepository reports, FileStorage storage,
			AttachmentProperties properties, Clock clock) {
		this.attachments = attachments;
		this.reports = reports;
		this.storage = storage;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Accepts a file for the report form identified by {@code submissionToken}; it is attached when the report is
	 * sent, and stays listed if the form comes back with errors. The file is streamed to a temporary file, never read
	 * into memory whole; a photo is re-encoded without its metadata ({@link ImageScrubber}). The name the uploader's
	 * device gave the file is not kept: it often names the reporter, a place or a date. The file is called
	 * {@code lampiran-<n>.<ext>} by its position among the form's files.
	 *
	 * @throws AttachmentRejectedException when the file is empty, too large, one too many for the form, over the
	 * account's pending quota or hourly rate, not an image or PDF, or an image too large to decode
	 */
	public AttachmentView upload(LaporUser uploader, UUID submissionToken, InputStreamSource file) {

		Path received = null;
		ImageScrubber.Scrubbed scrubbed = null;
		try {
			received = Files.createTempFile("lapor-upload-", ".tmp");
			long size = copyAtMost(file, received, properties.maxSize().toBytes());
			if (size == 0) {
				throw new AttachmentRejectedException("empty");
			}
			if (size > properties.maxSize().toBytes()) {
				throw new AttachmentRejectedException("tooLarge");
			}
			long position = attachments.countByUploadedByAndSubmissionTokenAndReportIdIsNull(uploader.id(),
					submissionToken) + 1;
			if (position > properties.maxPerReport()) {
				throw new AttachmentRejectedException("tooMany");
			}
			var now = clock.instant();
			checkAccountLimits(uploader.id(), size, now);
			String type;
			try (var in = new BufferedInputStream(Files.newInputStream(received))) {
				type = tika.detect(in);
			}
			if (!properties.types().contains(type)) {
				throw new AttachmentRejectedException("type");
			}
			var stored = received;
			if (type.startsWith("image/")) {
				try {
					scrubbed = ImageScrubber.scrub(received, type, properties.maxPixels());
				} catch (ImageRejectedException e) {
					throw new AttachmentRejectedException(e.reason());
				}
				stored = scrubbed.file();
				type = scrubbed.contentType();
			}

			var id = UUID.randomUUID();
			var key = FOLDERS.format(now) + "/" + id;
			var storedSize = Files.size(stored);
			var sha256 = sha256(stored);
			storage.store(key, stored);
			return attachments.save(new Attachment(id, submissionToken, uploader.id(),
					neutralName(position, type), type, storedSize, sha256, key, now)).toView();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			deleteQuietly(received);
			deleteQuietly(scrubbed == null ? null : scrubbed.file());
		}
	}

	/**
	 * Over all its forms, an account may keep only so many files (and bytes) waiting, and upload only so many files
	 * an hour: a new form token does not buy more. Counted in the database, so the limits hold across instances.
	 * Two uploads at the same moment may both pass the check; the limit can be exceeded by that much.
	 */
	private void checkAccountLimits(UUID uploaderId, long size, Instant now) {
		var pending = properties.pending();
		if (attachments.countByUploadedByAndReportIdIsNull(uploaderId) >= pending.maxFiles()
				|| attachments.sumPendingSize(uploaderId) + size > pending.maxSize().toBytes()) {
			throw new AttachmentRejectedException("quota");
		}
		if (attachments.countByUploadedByAndCreatedAtAfter(uploaderId, now.minus(Duration.ofHours(1)))
				>= properties.maxPerHour()) {
			throw new AttachmentRejectedException("rate");
		}
	}

	/**
	 * What a form shows after an upload: the files waiting for it, and why the last one was refused, if it was.
	 *
	 * @param rejection message code {@code attachment.rejected.*}, {@code null} when accepted
	 * @param limited the refusal is the account's quota or rate: the answer is {@code 429 Too Many Requests}
	 */
	public record Pending(List<AttachmentView> files, @Nullable String rejection, boolean limited) {}

	/**
	 * Uploads a file for a form and lists what waits for it, turning a refusal into a message for the form.
	 */
	public Pending uploadForForm(LaporUser uploader, UUID token, InputStreamSource file) {
		String rejection = null;
		var limited = false;
		try {
			upload(uploader, token, file);
		} catch (AttachmentRejectedException e) {
			rejection = "attachment.rejected." + e.reason();
			limited = e.isLimit();
		}
		return new Pending(pending(uploader.id(), token), rejection, limited);
	}

	@Transactional(readOnly = true)
	public List<AttachmentView> pending(UUID uploaderId, UUID submissionToken) {
		return attachments.findByUploadedByAndSubmissionTokenAndReportIdIsNullOrderByCreatedAtAsc(uploaderId,
				submissionToken).stream().map(Attachment::toView).toList();
	}

	/** Attaches the form's uploads to the report it created, or to a message, in the same transaction. */
	void attachPending(UUID reportId, UUID uploaderId, UUID uploaderOnRecord, UUID token, @Nullable Long messageId) {
		attachments.findByUploadedByAndSubmissionTokenAndReportIdIsNullOrderByCreatedAtAsc(uploaderId, token)
				.forEach(attachment -> attachment.attachTo(reportId, messageId, uploaderOnRecord));
	}

	@Transactional(readOnly = true)
	List<AttachmentView> ofReport(UUID reportId) {
		return attachments.findByReportIdOrderByCreatedAtAsc(reportId).stream().map(Attachment::toView).toList();
	}

	/**
	 * The file, if the viewer may see it; empty otherwise, as if it did not exist.
	 */
	@Transactional(readOnly = true)
	public Optional<Opened> open(UUID attachmentId, LaporUser viewer) {
		return attachments.findById(attachmentId)
				.filter(attachment -> mayOpen(attachment, viewer))
				.map(attachment -> new Opened(attachment.toView(), storage.open(attachment.getStorageKey())));
	}

	/**
	 * Deletes up to {@code batch} uploads that waited longer than {@code lapor.attachments.pending.lifetime} and
	 * returns their storage keys; the caller deletes the files once this transaction has committed. An upload that
	 * is being attached at this moment is left alone (the delete checks again that it is still pending).
	 */
	List<String> deleteExpiredPending(Instant now, int batch) {
		var cutoff = now.minus(properties.pending().lifetime());
		var keys = new ArrayList<String>();
		for (var attachment : attachments.findByReportIdIsNullAndCreatedAtBefore(cutoff, Limit.of(batch))) {
			if (attachments.deleteIfPending(attachment.getId()) == 1) {
				keys.add(attachment.getStorageKey());
			}
		}
		return keys;
	}

	private boolean mayOpen(Attachment attachment, LaporUser viewer) {
		var reportId = attachment.getReportId();
		if (reportId == null) {
			// Not sent yet: only the person filling in the form sees it.
			return attachment.isUploadedBy(viewer.id());
		}
		return reports.findByIdIn(List.of(reportId)).stream().anyMatch(report -> report.isReportedBy(viewer.id())
				|| viewer.hasRole(Role.ADMIN) || viewer.hasRole(Role.SUPERVISOR)
				|| viewer.hasRole(Role.LIAISON) && report.isHandledBy(viewer.agencyId()));
	}

	/** {@code lampiran-2.jpg}: the same word in both languages' pages, and nothing of the uploader. */
	static String neutralName(long position, String contentType) {
		var extension = switch (contentType) {
			case "image/jpeg" -> ".jpg";
			case "image/png" -> ".png";
			case "application/pdf" -> ".pdf";
			default -> "";
		};
		return "lampiran-" + position + extension;
	}

	/** Copies at most {@code limit + 1} bytes, enough to tell that a file is too large without reading it all. */
	private static long copyAtMost(InputStreamSource source, Path target, long limit) throws IOException {
		try (var in = source.getInputStream(); var out = Files.newOutputStream(target)) {
			var buffer = new byte[64 * 1024];
			long total = 0;
			int read;
			while ((read = in.read(buffer)) > 0) {
				total += read;
				if (total > limit) {
					return total;
				}
				out.write(buffer, 0, read);
			}
			return total;
		}
	}

	private static void deleteQuietly(@Nullable Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			} catch (IOException e) {
				// A temporary file; the operating system's cleanup takes it.
			}
		}
	}

	private static String sha256(Path file) throws IOException {
		try (var in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(in.getMessageDigest().digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}

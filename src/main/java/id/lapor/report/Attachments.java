package id.lapor.report;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.lapor.account.LaporUser;
import id.lapor.account.Role;

import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos and PDFs with a report. The type is detected from the file's bytes (Apache Tika), never from its name;
 * size, count and type are limited; files are stored outside the database and served only to those who may see
 * the report's content: its reporter, the handling body's staff, the national administrator and supervisors. The
 * public never sees attachments, even of a public report, because they often show identity documents.
 */
@Service
@Transactional
public class Attachments {

	/** A file to send back, with what the browser needs to know about it. */
	public record Opened(AttachmentView attachment, InputStream content) {}

	private static final DateTimeFormatter FOLDERS = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
	private static final int MAX_NAME = 120;

	private final AttachmentRepository attachments;
	private final ReportRepository reports;
	private final AttachmentStorage storage;
	private final AttachmentProperties properties;
	private final Clock clock;
	private final Tika tika = new Tika();

	Attachments(AttachmentRepository attachments, ReportRepository reports, AttachmentStorage storage,
			AttachmentProperties properties, Clock clock) {
		this.attachments = attachments;
		this.reports = reports;
		this.storage = storage;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Accepts a file for the report form identified by {@code submissionToken}; it is attached when the report is
	 * sent, and stays listed if the form comes back with errors.
	 *
	 * @throws AttachmentRejectedException when the file is empty, too large, one too many, or not an image or PDF
	 */
	public AttachmentView upload(LaporUser uploader, UUID submissionToken, String originalName, byte[] content) {

		if (content.length == 0) {
			throw new AttachmentRejectedException("empty");
		}
		if (content.length > properties.maxSize().toBytes()) {
			throw new AttachmentRejectedException("tooLarge");
		}
		if (attachments.countByUploadedByAndSubmissionTokenAndReportIdIsNull(uploader.id(), submissionToken)
				>= properties.maxPerReport()) {
			throw new AttachmentRejectedException("tooMany");
		}
		var type = tika.detect(content);
		if (!properties.types().contains(type)) {
			throw new AttachmentRejectedException("type");
		}

		var id = UUID.randomUUID();
		var now = clock.instant();
		var key = FOLDERS.format(now) + "/" + id;
		storage.store(key, content);
		return attachments.save(new Attachment(id, submissionToken, uploader.id(), safeName(originalName), type,
				content.length, sha256(content), key, now)).toView();
	}

	/**
	 * What a form shows after an upload: the files waiting for it, and why the last one was refused, if it was.
	 *
	 * @param rejection message code {@code attachment.rejected.*}, {@code null} when accepted
	 */
	public record Pending(List<AttachmentView> files, @Nullable String rejection) {}

	/**
	 * Uploads a file for a form and lists what waits for it, turning a refusal into a message for the form.
	 */
	public Pending uploadForForm(LaporUser uploader, UUID token, @Nullable String originalName, byte[] content) {
		String rejection = null;
		try {
			upload(uploader, token, originalName == null ? "" : originalName, content);
		} catch (AttachmentRejectedException e) {
			rejection = "attachment.rejected." + e.reason();
		}
		return new Pending(pending(uploader.id(), token), rejection);
	}

	@Transactional(readOnly = true)
	public List<AttachmentView> pending(UUID uploaderId, UUID submissionToken) {
		return attachments.findByUploadedByAndSubmissionTokenAndReportIdIsNullOrderByCreatedAtAsc(uploaderId,
				submissionToken).stream().map(Attachment::toView).toList();
	}

	/** Attaches the form's uploads to the report it created, or to a message, in the same transaction. */
	void attachPending(UUID reportId, UUID uploaderId, UUID token, @Nullable Long messageId) {
		attachments.findByUploadedByAndSubmissionTokenAndReportIdIsNullOrderByCreatedAtAsc(uploaderId, token)
				.forEach(attachment -> attachment.attachTo(reportId, messageId));
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

	private static String safeName(String originalName) {
		var base = originalName.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
		if (base.isEmpty()) {
			base = "lampiran";
		}
		return base.length() > MAX_NAME ? base.substring(base.length() - MAX_NAME) : base;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}

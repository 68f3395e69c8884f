package id.lapor.report;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * A file attached to a report: what it is (detected from its bytes), who sent it, and where it is stored.
 */
@Entity
@Table(name = "report_attachments")
class Attachment {

	@Id
	private UUID id;
	private @Nullable UUID reportId;
	private @Nullable UUID submissionToken;
	private @Nullable Long responseId;
	private UUID uploadedBy;
	private String fileName;
	private String contentType;
	private long sizeBytes;
	private String sha256;
	private String storageKey;
	private Instant createdAt;

	protected Attachment() {}

	Attachment(UUID id, UUID submissionToken, UUID uploadedBy, String fileName, String contentType, long sizeBytes,
			String sha256, String storageKey, Instant createdAt) {
		this.id = id;
		this.submissionToken = submissionToken;
		this.uploadedBy = uploadedBy;
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.sha256 = sha256;
		this.storageKey = storageKey;
		this.createdAt = createdAt;
	}

	/**
	 * Attaches a pending upload to the report its form created, or to a message of the report.
	 *
	 * @param uploaderOnRecord who the file names as its uploader from now on: the sealed placeholder when the
	 *     reporter of an anonymous report sent it
	 */
	void attachTo(UUID report, @Nullable Long response, UUID uploaderOnRecord) {
		Assert.state(reportId == null, "Already attached");
		this.reportId = report;
		this.responseId = response;
		this.uploadedBy = uploaderOnRecord;
	}

	boolean isUploadedBy(UUID accountId) {
		return uploadedBy.equals(accountId);
	}

	UUID getId() {
		return id;
	}

	@Nullable UUID getReportId() {
		return reportId;
	}

	String getStorageKey() {
		return storageKey;
	}

	AttachmentView toView() {
		return new AttachmentView(id, fileName, contentType, sizeBytes, responseId);
	}
}

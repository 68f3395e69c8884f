package id.lapor.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AttachmentRepository extends Repository<Attachment, UUID> {

	Attachment save(Attachment attachment);

	Optional<Attachment> findById(UUID id);

	List<Attachment> findByReportIdOrderByCreatedAtAsc(UUID reportId);

	List<Attachment> findByUploadedByAndSubmissionTokenAndReportIdIsNullOrderByCreatedAtAsc(UUID uploadedBy,
			UUID submissionToken);

	long countByUploadedByAndSubmissionTokenAndReportIdIsNull(UUID uploadedBy, UUID submissionToken);

	long countByUploadedByAndReportIdIsNull(UUID uploadedBy);

	@Query("select coalesce(sum(a.sizeBytes), 0) from Attachment a where a.uploadedBy = :uploadedBy and a.reportId is null")
	long sumPendingSize(UUID uploadedBy);

	long countByUploadedByAndCreatedAtAfter(UUID uploadedBy, Instant since);

	List<Attachment> findByReportIdIsNullAndCreatedAtBefore(Instant cutoff, Limit limit);

	/** Deletes the upload only if it is still pending: one attached meanwhile stays. */
	@Modifying
	@Query("delete from Attachment a where a.id = :id and a.reportId is null")
	int deleteIfPending(UUID id);
}

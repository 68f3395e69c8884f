package id.lapor.report;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface AttachmentRepository extends Repository<Attachment, UUID> {

	Attachment save(Attachment attachment);

	Optional<Attachment> findById(UUID id);

	List<Attachment> findByReportIdOrderByCreatedAtAsc(UUID reportId);

	List<Attachment> findByUploadedByAndSubmissionTokenAndReportIdIsNullOrderByCreatedAtAsc(UUID uploadedBy,
			UUID submissionToken);

	long countByUploadedByAndSubmissionTokenAndReportIdIsNull(UUID uploadedBy, UUID submissionToken);
}

package id.lapor.report;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A body's answer to the reporter (tindak lanjut). Never changed or deleted.
 */
@Entity
@Table(name = "report_responses")
class ReportResponse {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "report_id", updatable = false)
	private Report report;
	private UUID authorId;
	private Long agencyId;
	private String body;
	private Instant createdAt;

	protected ReportResponse() {}

	ReportResponse(Report report, UUID authorId, long agencyId, String body, Instant createdAt) {
		this.report = report;
		this.authorId = authorId;
		this.agencyId = agencyId;
		this.body = body;
		this.createdAt = createdAt;
	}

	UUID getAuthorId() {
		return authorId;
	}

	Long getAgencyId() {
		return agencyId;
	}

	String getBody() {
		return body;
	}

	Instant getCreatedAt() {
		return createdAt;
	}
}

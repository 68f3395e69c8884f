package id.lapor.report;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A message of a report's conversation: the body's answer (tindak lanjut), the reporter's reply, or a staff-only
 * note. Never changed or deleted.
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
	private @Nullable Long agencyId;
	@Enumerated(EnumType.STRING)
	private MessageKind kind;
	private String body;
	private Instant createdAt;

	protected ReportResponse() {}

	ReportResponse(Report report, MessageKind kind, UUID authorId, @Nullable Long agencyId, String body,
			Instant createdAt) {
		this.report = report;
		this.kind = kind;
		this.authorId = authorId;
		this.agencyId = agencyId;
		this.body = body;
		this.createdAt = createdAt;
	}

	Long getId() {
		return id;
	}

	UUID getAuthorId() {
		return authorId;
	}

	@Nullable Long getAgencyId() {
		return agencyId;
	}

	MessageKind getKind() {
		return kind;
	}

	String getBody() {
		return body;
	}

	Instant getCreatedAt() {
		return createdAt;
	}
}

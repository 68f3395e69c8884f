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
 * One recorded change of a report: who, when, from which status to which, and why. Never changed or deleted (the
 * database refuses it too).
 */
@Entity
@Table(name = "report_history")
class ReportHistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "report_id", updatable = false)
	private Report report;
	private Instant occurredAt;
	@Enumerated(EnumType.STRING)
	private HistoryAction action;
	private @Nullable UUID actorId;
	private @Nullable Long agencyId;
	@Enumerated(EnumType.STRING)
	private @Nullable ReportStatus fromStatus;
	@Enumerated(EnumType.STRING)
	private @Nullable ReportStatus toStatus;
	private @Nullable String note;
	private @Nullable Long fromAgencyId;
	private @Nullable String detail;

	protected ReportHistoryEntry() {}

	ReportHistoryEntry(Report report, Instant occurredAt, HistoryAction action, @Nullable UUID actorId,
			@Nullable Long fromAgencyId, @Nullable Long agencyId, @Nullable ReportStatus fromStatus,
			@Nullable ReportStatus toStatus, @Nullable String detail, @Nullable String note) {
		this.report = report;
		this.occurredAt = occurredAt;
		this.action = action;
		this.actorId = actorId;
		this.fromAgencyId = fromAgencyId;
		this.agencyId = agencyId;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.detail = detail;
		this.note = note;
	}

	@Nullable Long getFromAgencyId() {
		return fromAgencyId;
	}

	@Nullable String getDetail() {
		return detail;
	}

	Instant getOccurredAt() {
		return occurredAt;
	}

	HistoryAction getAction() {
		return action;
	}

	@Nullable UUID getActorId() {
		return actorId;
	}

	@Nullable Long getAgencyId() {
		return agencyId;
	}

	@Nullable ReportStatus getFromStatus() {
		return fromStatus;
	}

	@Nullable ReportStatus getToStatus() {
		return toStatus;
	}

	@Nullable String getNote() {
		return note;
	}
}

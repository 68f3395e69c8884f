package id.lapor.agency;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * One recorded change of the catalogue: who, when, what, why. Never changed or deleted.
 */
@Entity
@Table(name = "agency_changes")
class AgencyChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private Long agencyId;
	private Instant occurredAt;
	private @Nullable UUID actorId;
	private String action;
	private @Nullable String detail;
	private @Nullable String note;

	protected AgencyChange() {}

	AgencyChange(long agencyId, Instant occurredAt, @Nullable UUID actorId, String action, @Nullable String detail,
			@Nullable String note) {
		this.agencyId = agencyId;
		this.occurredAt = occurredAt;
		this.actorId = actorId;
		this.action = action;
		this.detail = detail;
		this.note = note == null || note.isBlank() ? null : note.strip();
	}

	AgencyChangeView toView() {
		return new AgencyChangeView(occurredAt, actorId, action, detail, note);
	}
}

package id.lapor.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * One recorded change of the calendar. Never changed or deleted.
 */
@Entity
@Table(name = "holiday_changes")
class HolidayChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private LocalDate holidayDate;
	private Instant occurredAt;
	private @Nullable UUID actorId;
	private String action;
	private @Nullable String detail;
	private @Nullable String note;

	protected HolidayChange() {}

	HolidayChange(LocalDate holidayDate, Instant occurredAt, UUID actorId, String action, @Nullable String detail,
			String note) {
		this.holidayDate = holidayDate;
		this.occurredAt = occurredAt;
		this.actorId = actorId;
		this.action = action;
		this.detail = detail;
		this.note = note.strip();
	}
}

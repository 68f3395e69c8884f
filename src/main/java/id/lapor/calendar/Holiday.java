package id.lapor.calendar;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A day off across Indonesia: a national public holiday or a joint-leave day (cuti bersama).
 */
@Entity
@Table(name = "holidays")
class Holiday {

	@Id
	@Column(name = "holiday_date")
	private LocalDate date;
	private String nameId;
	private String nameEn;
	@Enumerated(EnumType.STRING)
	private HolidayKind kind;
	@Version
	private long version;

	protected Holiday() {}

	Holiday(LocalDate date, String nameId, String nameEn, HolidayKind kind) {
		this.date = date;
		this.nameId = nameId.strip();
		this.nameEn = nameEn.strip();
		this.kind = kind;
	}

	void rename(String newNameId, String newNameEn, HolidayKind newKind) {
		this.nameId = newNameId.strip();
		this.nameEn = newNameEn.strip();
		this.kind = newKind;
	}

	LocalDate getDate() {
		return date;
	}

	HolidayView toView() {
		return new HolidayView(date, nameId, nameEn, kind, version);
	}
}

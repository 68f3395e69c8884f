package id.lapor.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.UUID;

import id.lapor.system.ModuleTestDatabase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The calendar module on its own: it needs no other module. The holidays the migrations loaded count, and a holiday
 * the national administrator adds moves the deadlines computed afterwards, in the time zone of the body's region, and
 * is recorded with who added it.
 */
@ApplicationModuleTest
@ModuleTestDatabase
class CalendarModuleTests {

	/** Monday 10 March 2031: far from the dates other tests use. */
	private static final LocalDate MONDAY = LocalDate.of(2031, 3, 10);

	@Autowired WorkingDayCalendar calendar;
	@Autowired JdbcTemplate jdbc;

	@Test
	void theSeededHolidaysAreNoWorkingDays() {
		assertThat(calendar.workingDays().isWorkingDay(LocalDate.of(2025, 1, 1))).isFalse(); // New Year's Day
		assertThat(calendar.workingDays().isWorkingDay(LocalDate.of(2025, 1, 2))).isTrue();
		assertThat(calendar.holidaysOf(Year.of(2025))).extracting(HolidayView::date).contains(LocalDate.of(2025, 1, 1));
	}

	@Test
	void anAddedHolidayMovesDeadlinesAndIsRecorded() {

		var administrator = account();
		// Friday morning in Makassar (WITA) and in Jayapura (WIT): one working day ends on Monday, there.
		var friday = MONDAY.minusDays(3);
		var makassar = ZonedDateTime.of(friday, LocalTime.of(9, 0), IndonesianTimeZones.WITA).toInstant();
		assertThat(calendar.deadline(makassar, 1, "73.71")).isEqualTo(endOf(MONDAY, "73.71"));

		calendar.add(MONDAY, "Libur uji", "Test holiday", HolidayKind.JOINT_LEAVE, administrator, "uji modul");
		try {
			assertThat(calendar.deadline(makassar, 1, "73.71")).isEqualTo(endOf(MONDAY.plusDays(1), "73.71"));
			assertThat(calendar.deadline(makassar, 1, "91.71")).isEqualTo(endOf(MONDAY.plusDays(1), "91.71"));
			assertThat(calendar.holidaysOf(Year.of(2031))).extracting(HolidayView::date, HolidayView::kind)
					.contains(tuple(MONDAY, HolidayKind.JOINT_LEAVE));
			assertThat(jdbc.queryForObject("""
					select count(*) from holiday_changes
					where holiday_date = ? and action = 'ADDED' and actor_id = ? and note = 'uji modul'""",
					Integer.class, MONDAY, administrator)).isOne();
			assertThatExceptionOfType(HolidayExistsException.class).isThrownBy(() -> calendar.add(MONDAY, "Lagi",
					"Again", HolidayKind.PUBLIC, administrator, "dua kali"));
		} finally {
			calendar.remove(MONDAY, administrator, "uji selesai");
		}
		assertThat(calendar.deadline(makassar, 1, "73.71")).isEqualTo(endOf(MONDAY, "73.71"));
	}

	private static Instant endOf(LocalDate day, String regionCode) {
		return day.atTime(23, 59, 59).atZone(IndonesianTimeZones.of(regionCode)).toInstant();
	}

	/** An administrator's account, as the account module would have stored it (the changes name their author). */
	private UUID account() {
		var id = UUID.randomUUID();
		jdbc.update("""
				insert into accounts (id, email, password_hash, full_name, role, agency_id, created_at)
				select ?, ?, 'x', 'Admin Kalender', 'ADMIN', id, now() from agencies where code = 'kemenpanrb-lapor'""",
				id, id + "@test.lapor");
		return id;
	}
}

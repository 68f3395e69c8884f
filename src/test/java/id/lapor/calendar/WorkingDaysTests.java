package id.lapor.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkingDaysTests {

	/** Idul Fitri 2025 (31 March and 1 April) and New Year's Day 2026, as in the seed calendar. */
	private final WorkingDays days = new WorkingDays(Set.of(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 1),
			LocalDate.of(2026, 1, 1)));

	@Test
	void weekendsAndHolidaysAreNotWorkingDays() {
		assertThat(days.isWorkingDay(LocalDate.of(2025, 3, 28))).isTrue(); // Friday
		assertThat(days.isWorkingDay(LocalDate.of(2025, 3, 29))).isFalse(); // Saturday
		assertThat(days.isWorkingDay(LocalDate.of(2025, 3, 30))).isFalse(); // Sunday
		assertThat(days.isWorkingDay(LocalDate.of(2025, 3, 31))).isFalse(); // holiday
	}

	@Test
	void countsFromTheDayAfterTheStart() {
		// Friday + 3 working days = Wednesday.
		assertThat(days.plusWorkingDays(LocalDate.of(2026, 11, 20), 3)).isEqualTo(LocalDate.of(2026, 11, 25));
		assertThat(days.plusWorkingDays(LocalDate.of(2026, 11, 20), 0)).isEqualTo(LocalDate.of(2026, 11, 20));
		// Saturday + 1 = Monday.
		assertThat(days.plusWorkingDays(LocalDate.of(2026, 11, 21), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThatIllegalArgumentException().isThrownBy(() -> days.plusWorkingDays(LocalDate.of(2026, 1, 1), -1));
	}

	@Test
	void skipsHolidaysAcrossAWeekend() {
		// Thursday 27 March 2025 + 3: Friday 28, (weekend, Idul Fitri Monday and Tuesday), Wednesday 2, Thursday 3 April.
		assertThat(days.plusWorkingDays(LocalDate.of(2025, 3, 27), 3)).isEqualTo(LocalDate.of(2025, 4, 3));
	}

	@Test
	void crossesTheYearBoundary() {
		// Tuesday 30 December 2025 + 3: Wednesday 31, (New Year's Day), Friday 2, Monday 5 January 2026.
		assertThat(days.plusWorkingDays(LocalDate.of(2025, 12, 30), 3)).isEqualTo(LocalDate.of(2026, 1, 5));
	}

	@Test
	void aDeadlineEndsAtTheEndOfTheDayInTheBodysTimeZone() {

		// Friday 20 November 2026, 23:30 UTC: Saturday 06:30 WIB and 08:30 WIT.
		var start = Instant.parse("2026-11-20T23:30:00Z");

		assertThat(days.deadline(start, 1, IndonesianTimeZones.WIB))
				.isEqualTo(ZonedDateTime.parse("2026-11-23T23:59:59+07:00[Asia/Jakarta]").toInstant());
		// In WIT the start is Saturday 21 November; one working day later is still Monday, at the end of Monday WIT.
		assertThat(days.deadline(start, 1, IndonesianTimeZones.WIT))
				.isEqualTo(ZonedDateTime.parse("2026-11-23T23:59:59+09:00[Asia/Jayapura]").toInstant());
		// A Friday-morning start in WITA: 3 working days end on Wednesday.
		assertThat(days.deadline(Instant.parse("2026-11-20T01:00:00Z"), 3, IndonesianTimeZones.WITA))
				.isEqualTo(ZonedDateTime.parse("2026-11-25T23:59:59+08:00[Asia/Makassar]").toInstant());
	}

	@Test
	void countsWorkingDaysLeftAndLate() {

		var due = ZonedDateTime.parse("2026-11-25T23:59:59+07:00[Asia/Jakarta]").toInstant(); // Wednesday
		var zone = IndonesianTimeZones.WIB;

		assertThat(days.workingDaysLeft(Instant.parse("2026-11-20T03:00:00Z"), due, zone)).isEqualTo(3); // Friday
		assertThat(days.workingDaysLeft(Instant.parse("2026-11-25T03:00:00Z"), due, zone)).isZero(); // the day itself
		assertThat(days.workingDaysLeft(Instant.parse("2026-11-26T03:00:00Z"), due, zone)).isEqualTo(-1); // Thursday
		assertThat(days.workingDaysLeft(Instant.parse("2026-11-30T03:00:00Z"), due, zone)).isEqualTo(-3); // Monday
	}

	@Test
	void knowsIndonesiasThreeTimeZones() {
		assertThat(IndonesianTimeZones.of("31.71")).isEqualTo(IndonesianTimeZones.WIB);
		assertThat(IndonesianTimeZones.of("61")).isEqualTo(IndonesianTimeZones.WIB);
		assertThat(IndonesianTimeZones.of("73.71")).isEqualTo(IndonesianTimeZones.WITA);
		assertThat(IndonesianTimeZones.of("51.03")).isEqualTo(IndonesianTimeZones.WITA);
		assertThat(IndonesianTimeZones.of("64.09")).isEqualTo(IndonesianTimeZones.WITA);
		assertThat(IndonesianTimeZones.of("81.71")).isEqualTo(IndonesianTimeZones.WIT);
		assertThat(IndonesianTimeZones.of("96")).isEqualTo(IndonesianTimeZones.WIT);
		assertThat(IndonesianTimeZones.of(null)).isEqualTo(IndonesianTimeZones.WIB);
		assertThat(IndonesianTimeZones.abbreviation(IndonesianTimeZones.WITA)).isEqualTo("WITA");
	}
}

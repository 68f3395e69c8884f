package id.lapor.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * Working-day arithmetic over a fixed set of holidays: Saturdays, Sundays and holidays are not working days.
 * Deadlines fall at the end of a working day in the time zone of the body that must meet them.
 */
public final class WorkingDays {

	private final Set<LocalDate> holidays;

	public WorkingDays(Set<LocalDate> holidays) {
		this.holidays = Set.copyOf(holidays);
	}

	public boolean isWorkingDay(LocalDate date) {
		var day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
	}

	/**
	 * The {@code days}-th working day after {@code start} (the start day itself does not count).
	 */
	public LocalDate plusWorkingDays(LocalDate start, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("days must not be negative");
		}
		var date = start;
		int counted = 0;
		while (counted < days) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				counted++;
			}
		}
		return date;
	}

	/**
	 * The end of the {@code days}-th working day after the local day of {@code start}, in {@code zone}: a report
	 * received on Friday afternoon with 3 working days is due at the end of Wednesday (no holidays).
	 */
	public Instant deadline(Instant start, int days, ZoneId zone) {
		var due = plusWorkingDays(start.atZone(zone).toLocalDate(), days);
		return due.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
	}

	/**
	 * Working days from the local day of {@code now} to the day of {@code due}: 0 on the last day, negative when
	 * overdue (-1 on the first working day after it).
	 */
	public int workingDaysLeft(Instant now, Instant due, ZoneId zone) {
		var today = now.atZone(zone).toLocalDate();
		var dueDay = due.atZone(zone).toLocalDate();
		if (!today.isAfter(dueDay)) {
			int left = 0;
			for (var date = today.plusDays(1); !date.isAfter(dueDay); date = date.plusDays(1)) {
				if (isWorkingDay(date)) {
					left++;
				}
			}
			return left;
		}
		int late = 0;
		for (var date = dueDay.plusDays(1); !date.isAfter(today); date = date.plusDays(1)) {
			if (isWorkingDay(date)) {
				late++;
			}
		}
		return -Math.max(late, 1);
	}
}

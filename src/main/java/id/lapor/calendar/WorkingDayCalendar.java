package id.lapor.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working-day calendar every deadline uses, and its administration. The holidays are kept in memory and
 * re-read after a change here and at least every few minutes, so several application instances agree soon.
 */
@Service
@Transactional
public class WorkingDayCalendar {

	private static final Duration REFRESH = Duration.ofMinutes(5);

	private record Snapshot(WorkingDays days, Instant loadedAt) {}

	private final HolidayRepository holidays;
	private final HolidayChangeRepository changes;
	private final Clock clock;
	private volatile @Nullable Snapshot snapshot;

	WorkingDayCalendar(HolidayRepository holidays, HolidayChangeRepository changes, Clock clock) {
		this.holidays = holidays;
		this.changes = changes;
		this.clock = clock;
	}

	/** Working-day arithmetic with the current holidays. */
	@Transactional(readOnly = true)
	public WorkingDays workingDays() {
		var current = snapshot;
		var now = clock.instant();
		if (current == null || current.loadedAt().plus(REFRESH).isBefore(now)) {
			current = new Snapshot(new WorkingDays(new HashSet<>(holidays.findAllDates())), now);
			snapshot = current;
		}
		return current.days();
	}

	/** The end of the {@code days}-th working day after {@code start} in the zone of the given region. */
	public Instant deadline(Instant start, int days, @Nullable String regionCode) {
		return workingDays().deadline(start, days, IndonesianTimeZones.of(regionCode));
	}

	/** Working days left until {@code due} (negative when overdue) in the zone of the given region. */
	public int workingDaysLeft(Instant due, @Nullable String regionCode) {
		return workingDays().workingDaysLeft(clock.instant(), due, IndonesianTimeZones.of(regionCode));
	}

	@Transactional(readOnly = true)
	public List<HolidayView> holidaysOf(Year year) {
		return holidays.findByDateBetweenOrderByDateAsc(year.atDay(1), year.atMonth(12).atEndOfMonth()).stream()
				.map(Holiday::toView).toList();
	}

	/**
	 * Adds a holiday or joint-leave day; deadlines computed from now on take it into account.
	 *
	 * @throws HolidayExistsException when the date already is a holiday
	 */
	public void add(LocalDate date, String nameId, String nameEn, HolidayKind kind, UUID actorId, String note) {
		if (holidays.findByDate(date).isPresent()) {
			throw new HolidayExistsException();
		}
		holidays.save(new Holiday(date, nameId, nameEn, kind));
		changes.save(new HolidayChange(date, clock.instant(), actorId, "ADDED", kind + ": " + nameId, note));
		snapshot = null;
	}

	/** Removes a holiday (a date that turned out to be a working day). */
	public void remove(LocalDate date, UUID actorId, String note) {
		Optional<Holiday> holiday = holidays.findByDate(date);
		holiday.ifPresent(existing -> {
			var view = existing.toView();
			holidays.delete(existing);
			changes.save(new HolidayChange(date, clock.instant(), actorId, "REMOVED", view.kind() + ": " + view.nameId(),
					note));
			snapshot = null;
		});
	}
}

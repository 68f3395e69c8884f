package id.lapor.monitoring.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The dates the statistics accept: {@value #FIRST_YEAR} to {@value #LAST_YEAR}. LAPOR! began in 2011, and a date like
 * {@code +999999999-12-31} is valid ISO but overflows the instants of the queries; anything outside is refused (400).
 */
final class StatisticsPeriod {

	static final int FIRST_YEAR = 2000;
	static final int LAST_YEAR = 2100;

	private StatisticsPeriod() {
	}

	/** The date, if it is one (yyyy-MM-dd) and within the years accepted. */
	static Optional<LocalDate> parse(@Nullable String value) {
		if (value == null) {
			return Optional.empty();
		}
		try {
			var date = LocalDate.parse(value.strip());
			return date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR ? Optional.empty() : Optional.of(date);
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	/** The first day of the date's month: anonymous callers get whole calendar months. */
	static LocalDate startOfMonth(LocalDate date) {
		return date.withDayOfMonth(1);
	}

	/** The last day of the date's month. */
	static LocalDate endOfMonth(LocalDate date) {
		return YearMonth.from(date).atEndOfMonth();
	}
}

package id.lapor.calendar;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A holiday as pages show it.
 */
public record HolidayView(LocalDate date, String nameId, String nameEn, HolidayKind kind, long version) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameId;
	}
}

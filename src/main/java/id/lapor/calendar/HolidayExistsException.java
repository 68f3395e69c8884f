package id.lapor.calendar;

public class HolidayExistsException extends RuntimeException {

	HolidayExistsException() {
		super("The date already is a holiday");
	}
}

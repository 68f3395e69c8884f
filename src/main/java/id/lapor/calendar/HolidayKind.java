package id.lapor.calendar;

public enum HolidayKind {
	PUBLIC, JOINT_LEAVE
}

/**
 * The working-day calendar: weekends, national holidays and joint-leave days (edited by the national administrator
 * each year), Indonesia's three time zones, and working-day arithmetic for deadlines.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.calendar;

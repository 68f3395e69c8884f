package id.lapor.report;

import java.time.Instant;
import java.util.Optional;

import id.lapor.agency.AgencyCatalogue;
import id.lapor.agency.AgencySummary;
import id.lapor.calendar.WorkingDayCalendar;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The working-day deadlines of a report ({@link DeadlineProperties}), counted in the time zone of the body that must
 * meet them; national bodies sit in Jakarta. Every service that moves a report to a new step sets its deadlines here.
 */
@Component
class DeadlineSchedule {

	private final WorkingDayCalendar calendar;
	private final DeadlineProperties deadlines;
	private final AgencyCatalogue agencies;

	DeadlineSchedule(WorkingDayCalendar calendar, DeadlineProperties deadlines, AgencyCatalogue agencies) {
		this.calendar = calendar;
		this.deadlines = deadlines;
		this.agencies = agencies;
	}

	/**
	 * Sets the deadline of the step the report is in: verification in the national administrator's queue, or the
	 * body's first follow-up and resolution from its first assignment on.
	 */
	void update(Report report, Instant now) {
		if (report.getStatus().isInVerification()) {
			report.scheduleVerification(calendar.deadline(now, deadlines.verificationDays(), regionOfAgency(report)));
		} else if (report.getStatus() == ReportStatus.ASSIGNED) {
			var region = regionOfAgency(report);
			report.startClock(now, calendar.deadline(now, deadlines.firstFollowUpDays(), region),
					calendar.deadline(now, deadlines.resolutionDays(report.getServiceClass()), region));
		}
	}

	/** When an answered report closes itself, and the reporter's window to reopen it ends. */
	Instant closing(Report report, Instant completedAt) {
		return calendar.deadline(completedAt, deadlines.closingDays(), regionOfAgency(report));
	}

	/** The body's new first follow-up deadline after the reporter reopened the report. */
	Instant followUp(Report report, Instant reopenedAt) {
		return calendar.deadline(reopenedAt, deadlines.firstFollowUpDays(), regionOfAgency(report));
	}

	/** The resolution deadline of a report of the given class, counted from {@code start}. */
	Instant resolution(Report report, ServiceClass serviceClass, Instant start) {
		return calendar.deadline(start, deadlines.resolutionDays(serviceClass), regionOfAgency(report));
	}

	/** The region whose time zone the handling body works in. */
	private @Nullable String regionOfAgency(Report report) {
		return Optional.ofNullable(report.getAgencyId()).flatMap(agencies::findById)
				.map(AgencySummary::regionCode).orElse(null);
	}
}

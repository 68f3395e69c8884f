package id.lapor.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import id.lapor.agency.AgencyCatalogue;
import id.lapor.agency.AgencySummary;
import id.lapor.calendar.IndonesianTimeZones;
import id.lapor.calendar.WorkingDayCalendar;
import id.lapor.routing.RoutingService;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens when time passes: reminders before a deadline, escalation after it, and the closing of answered
 * reports whose reporter's window ended. {@link DeadlineWatchJob} and {@link ClosingJob} run these on a schedule;
 * tests call them with the instant they need.
 * <p>
 * Deadlines live in this module, not a module of their own: they are state of the {@link Report} aggregate (the
 * current deadline, whether it was reminded, the escalation), set by the same transitions that move the report, and
 * only this module writes the {@code reports} table. Working-day arithmetic is the {@code calendar} module's.
 */
@Service
@Transactional
public class ReportDeadlines {

	private final ReportRepository reports;
	private final RoutingService routing;
	private final AgencyCatalogue agencies;
	private final WorkingDayCalendar calendar;
	private final ApplicationEventPublisher events;

	ReportDeadlines(ReportRepository reports, RoutingService routing, AgencyCatalogue agencies,
			WorkingDayCalendar calendar, ApplicationEventPublisher events) {
		this.reports = reports;
		this.routing = routing;
		this.agencies = agencies;
		this.calendar = calendar;
		this.events = events;
	}

	/**
	 * Closes answered reports whose window has passed at {@code now}, a batch at a time, and says how many closed.
	 */
	public int closeExpired(Instant now, int batch) {
		var expired = reports.findByStatusAndClosesAtLessThanEqualOrderByClosesAtAsc(ReportStatus.COMPLETED, now,
				PageRequest.of(0, batch));
		int closed = 0;
		for (var report : expired) {
			if (report.closeIfExpired(now)) {
				closed++;
				events.publishEvent(new ReportClosed(report.getId(), report.getTrackingNumber(), report.getReporterId()));
			}
		}
		return closed;
	}

	/**
	 * How far a sweep over reports in deadline order got: what one page changed, how many reports it looked at, and
	 * the last of them, after which the next page starts. A report a page looked at and left alone (an escalation that
	 * waits for the national level, a deadline too far for a reminder) never keeps the sweep from the ones after it.
	 *
	 * @param changed how many reports this page reminded or escalated
	 * @param examined how many reports this page looked at; fewer than the page size means the sweep is done
	 */
	public record Sweep(int changed, int examined, Instant lastDue, String lastNumber) {

		/** Before the first page. */
		public static Sweep start() {
			return new Sweep(0, 0, Instant.EPOCH, "");
		}

		private static Sweep of(int changed, List<Report> page, Sweep previous) {
			if (page.isEmpty()) {
				return new Sweep(changed, 0, previous.lastDue(), previous.lastNumber());
			}
			var last = page.getLast();
			return new Sweep(changed, page.size(), Optional.ofNullable(last.getNextDueAt()).orElseThrow(),
					last.getTrackingNumber().value());
		}
	}

	/**
	 * Reminds the handling bodies of deadlines within {@code workingDaysBefore} working days, once per deadline: the
	 * first {@code batch} reports due soon.
	 *
	 * @return how many reports were reminded
	 */
	public int sendReminders(Instant now, int workingDaysBefore, int batch) {
		return sendReminders(now, workingDaysBefore, batch, Sweep.start()).changed();
	}

	/** As {@link #sendReminders(Instant, int, int)}, for the {@code batch} reports due soon after {@code after}. */
	public Sweep sendReminders(Instant now, int workingDaysBefore, int batch, Sweep after) {
		var horizon = now.plus(Duration.ofDays(workingDaysBefore + 4L));
		var workingDays = calendar.workingDays();
		int reminded = 0;
		var dueSoon = reports.findDueForReminder(now, horizon, after.lastDue(), after.lastNumber(),
				PageRequest.of(0, batch));
		var bodies = agencies.findAll(dueSoon.stream().map(Report::getAgencyId).filter(Objects::nonNull).toList());
		for (var report : dueSoon) {
			var due = Optional.ofNullable(report.getNextDueAt()).orElseThrow();
			var left = workingDays.workingDaysLeft(now, due, IndonesianTimeZones.of(regionOf(report, bodies)));
			if (left <= workingDaysBefore && report.remind(now)) {
				reminded++;
				events.publishEvent(new DeadlineApproaching(report.getId(), report.getTrackingNumber(),
						Optional.ofNullable(report.getAgencyId()).orElseThrow(), due, report.dueKind()));
			}
		}
		return Sweep.of(reminded, dueSoon, after);
	}

	/**
	 * Escalates missed deadlines: to the handling body's supervising body (its regional government or ministry), and
	 * after {@code nationalAfterWorkingDays} more working days to the national administrator. Reports the national
	 * administrator itself handles are not escalated; supervisors see them among the overdue ones.
	 *
	 * Only the first {@code batch} overdue reports.
	 *
	 * @return how many escalations happened
	 */
	public int escalateOverdue(Instant now, int nationalAfterWorkingDays, int batch) {
		return escalateOverdue(now, nationalAfterWorkingDays, batch, Sweep.start()).changed();
	}

	/**
	 * As {@link #escalateOverdue(Instant, int, int)}, for the {@code batch} overdue reports after {@code after}.
	 */
	public Sweep escalateOverdue(Instant now, int nationalAfterWorkingDays, int batch, Sweep after) {
		var administrator = routing.nationalAdministratorAgency();
		var workingDays = calendar.workingDays();
		int escalated = 0;
		var overdue = reports.findOverdueForEscalation(now, administrator.id(), after.lastDue(), after.lastNumber(),
				PageRequest.of(0, batch));
		var handlers = overdue.stream().map(Report::getAgencyId).filter(Objects::nonNull).toList();
		var bodies = agencies.findAll(handlers);
		var parents = agencies.findParents(handlers);
		for (var report : overdue) {
			var handler = Optional.ofNullable(report.getAgencyId()).orElseThrow();
			var due = Optional.ofNullable(report.getNextDueAt()).orElseThrow();
			var late = -workingDays.workingDaysLeft(now, due, IndonesianTimeZones.of(regionOf(report, bodies)));
			var parent = Optional.ofNullable(parents.get(handler));
			int level = late >= nationalAfterWorkingDays || parent.isEmpty() ? 2 : 1;
			long target = level == 1 ? parent.get().id() : administrator.id();
			if (report.escalate(target, level, now)) {
				escalated++;
				events.publishEvent(new ReportEscalated(report.getId(), report.getTrackingNumber(), handler, target,
						level, report.dueKind()));
			}
		}
		return Sweep.of(escalated, overdue, after);
	}

	/**
	 * The region whose time zone the handling body works in (national bodies sit in Jakarta), looked up among bodies
	 * loaded for a whole batch.
	 */
	private static @Nullable String regionOf(Report report, Map<Long, AgencySummary> bodies) {
		var body = report.getAgencyId() == null ? null : bodies.get(report.getAgencyId());
		return body == null ? null : body.regionCode();
	}
}

package id.lapor.report;

import java.time.Clock;
import java.util.UUID;

import id.lapor.account.LaporUser;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporter's side of the conversation about their report: replies, confirming or rating the answer, and
 * reopening it when unsatisfied. Every operation acts only on the reporter's own report.
 */
@Service
@Transactional
public class ReporterConversation {

	private final ReportRepository reports;
	private final ReportChanges changes;
	private final DeadlineSchedule deadlines;
	private final IdentitySeal identities;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ReporterConversation(ReportRepository reports, ReportChanges changes, DeadlineSchedule deadlines,
			IdentitySeal identities, ApplicationEventPublisher events, Clock clock) {
		this.reports = reports;
		this.changes = changes;
		this.deadlines = deadlines;
		this.identities = identities;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The reporter writes in the conversation of their report; a reply to an answered report sends it back to the
	 * body.
	 *
	 * @throws ReportNotFoundException when the report is not theirs
	 */
	public void reply(TrackingNumber trackingNumber, LaporUser reporter, String message, @Nullable UUID uploadToken) {
		var report = reportersReport(trackingNumber, reporter);
		report.reply(reporter.id(), message, clock.instant());
		changes.attachUploads(report, reporter, uploadToken);
		events.publishEvent(new ReportReplied(report.getId(), trackingNumber, report.getAgencyId()));
	}

	/** The reporter confirms the answer; the report closes. */
	public void confirm(TrackingNumber trackingNumber, LaporUser reporter) {
		reportersReport(trackingNumber, reporter).confirm(reporter.id(), clock.instant());
	}

	/** The reporter rates the answer, once. */
	public void rate(TrackingNumber trackingNumber, LaporUser reporter, int stars, @Nullable String comment) {
		reportersReport(trackingNumber, reporter).rate(reporter.id(), stars, comment, clock.instant());
	}

	/**
	 * The unsatisfied reporter reopens the report once within the window; the body gets a new follow-up deadline.
	 */
	public void reopen(TrackingNumber trackingNumber, LaporUser reporter, String reason) {
		var report = reportersReport(trackingNumber, reporter);
		var now = clock.instant();
		report.reopen(reporter.id(), reason, deadlines.followUp(report, now), now);
	}

	private Report reportersReport(TrackingNumber trackingNumber, LaporUser reporter) {
		return reports.findReportersReportForChange(trackingNumber.value(), reporter.id(), identities.index(reporter.id()))
				.orElseThrow(ReportNotFoundException::new);
	}
}

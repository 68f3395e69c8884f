package id.lapor.report;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import id.lapor.account.LaporUser;
import id.lapor.routing.RoutingRequest;
import id.lapor.routing.RoutingService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to reports: submission with routing, and the handling body's responses.
 */
@Service
@Transactional
public class ReportManagement {

	private final ReportRepository reports;
	private final RoutingService routing;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ReportManagement(ReportRepository reports, RoutingService routing, ApplicationEventPublisher events, Clock clock) {
		this.reports = reports;
		this.routing = routing;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a citizen's report and routes it. Sending the same form twice (same {@code submissionToken}) returns
	 * the report the first submission created.
	 *
	 * @throws id.lapor.routing.UnknownRegionException when the region does not exist
	 * @throws id.lapor.routing.UnknownCategoryException when the category does not exist or is retired
	 */
	public TrackingNumber submit(ReportContent content, UUID reporterId, UUID submissionToken) {

		var earlier = reports.findByReporterIdAndSubmissionToken(reporterId, submissionToken);
		if (earlier.isPresent()) {
			return earlier.get().getTrackingNumber();
		}

		var decision = routing.decide(new RoutingRequest(content.title(), content.body(), content.regionCode(),
				content.categoryCode(), null), Locale.ROOT);
		var now = clock.instant();
		var report = Report.submit(newTrackingNumber(), content, reporterId, submissionToken, now);
		report.assignTo(decision.target().id(), decision.rule().name(), now);
		reports.saveAndFlush(report);

		events.publishEvent(new ReportSubmitted(report.getId(), report.getTrackingNumber(), decision.target().id()));
		return report.getTrackingNumber();
	}

	/**
	 * The report a form submission created, for a resent form that lost the race against its twin.
	 */
	@Transactional(readOnly = true)
	public Optional<TrackingNumber> findSubmission(UUID reporterId, UUID submissionToken) {
		return reports.findByReporterIdAndSubmissionToken(reporterId, submissionToken).map(Report::getTrackingNumber);
	}

	/**
	 * A liaison officer answers a report of their own body.
	 *
	 * @param expectedVersion the version the officer saw; a different one means someone else changed the report
	 * @throws ReportNotFoundException when the report does not exist or belongs to another body
	 * @throws ReportChangedException when the report changed since the officer saw it
	 * @throws InvalidReportTransitionException when the report's status does not allow the response
	 */
	public void respond(TrackingNumber trackingNumber, LaporUser liaison, long expectedVersion, String message,
			ReportStatus newStatus) {

		var agencyId = liaison.requireAgencyId();
		var report = reports.findByTrackingNumberAndAgencyId(trackingNumber.value(), agencyId)
				.orElseThrow(ReportNotFoundException::new);

		if (report.getVersion() != expectedVersion) {
			throw new ReportChangedException();
		}

		// A managed aggregate: the change is written at commit, where @Version catches a concurrent writer.
		report.respond(liaison.id(), agencyId, message, newStatus, clock.instant());

		events.publishEvent(new ReportResponded(report.getId(), trackingNumber, agencyId, newStatus));
	}

	private TrackingNumber newTrackingNumber() {

		// 45 random bits make a clash very unlikely; the unique index is the final guard.
		var candidate = TrackingNumber.random();
		while (reports.existsByTrackingNumber(candidate.value())) {
			candidate = TrackingNumber.random();
		}
		return candidate;
	}
}

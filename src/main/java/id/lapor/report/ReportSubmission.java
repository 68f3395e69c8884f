package id.lapor.report;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import id.lapor.routing.Landing;
import id.lapor.routing.RoutingRequest;
import id.lapor.routing.RoutingService;
import id.lapor.routing.UnknownCategoryException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A citizen submits a report; routing delivers it. No report is ever left without an owner: what no staffed body can
 * take goes to the national administrator's queue.
 */
@Service
@Transactional
public class ReportSubmission {

	private final ReportRepository reports;
	private final RoutingService routing;
	private final RoutingRecords routingRecords;
	private final Attachments attachments;
	private final DeadlineSchedule deadlines;
	private final IdentitySeal identities;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ReportSubmission(ReportRepository reports, RoutingService routing, RoutingRecords routingRecords,
			Attachments attachments, DeadlineSchedule deadlines, IdentitySeal identities,
			ApplicationEventPublisher events, Clock clock) {
		this.reports = reports;
		this.routing = routing;
		this.routingRecords = routingRecords;
		this.attachments = attachments;
		this.deadlines = deadlines;
		this.identities = identities;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a citizen's report and routes it. Sending the same form twice (same {@code submissionToken}) returns
	 * the report the first submission created.
	 *
	 * @throws id.lapor.routing.UnknownRegionException when the region does not exist
	 * @throws UnknownCategoryException when a chosen category does not exist or is retired
	 */
	public TrackingNumber submit(ReportContent content, UUID reporterId, UUID submissionToken) {

		var earlier = reports.findSubmission(reporterId, identities.index(reporterId), submissionToken);
		if (earlier.isPresent()) {
			return earlier.get().getTrackingNumber();
		}

		var decision = routing.decide(new RoutingRequest(content.title(), content.text(), content.regionCode(),
				content.categoryCode(), content.targetCode()), Locale.ROOT);
		var now = clock.instant();
		var report = Report.submit(newTrackingNumber(), content, decision.category().code(), reporterId,
				submissionToken, identities, now);
		report.recordRouting(decision.confidence(), routingRecords.explanation(decision.explanation()),
				routingRecords.bodies(decision));
		deliver(report, routing.land(decision), decision.rule().name(), now);
		deadlines.update(report, now);
		reports.saveAndFlush(report);
		attachments.attachPending(report.getId(), reporterId, report.getReporterOnRecord(), submissionToken, null);

		events.publishEvent(new ReportSubmitted(report.getId(), report.getTrackingNumber(), reporterId,
				Optional.ofNullable(report.getAgencyId()).orElseThrow(), report.getStatus().isInVerification()));
		return report.getTrackingNumber();
	}

	/**
	 * The report a form submission created, for a resent form that lost the race against its twin.
	 */
	@Transactional(readOnly = true)
	public Optional<TrackingNumber> findSubmission(UUID reporterId, UUID submissionToken) {
		return reports.findSubmission(reporterId, identities.index(reporterId), submissionToken)
				.map(Report::getTrackingNumber);
	}

	/**
	 * Gives a report to the body routing landed it at, or to the national administrator's queue.
	 */
	private static void deliver(Report report, Landing landing, String rule, Instant now) {
		if (landing.queued()) {
			report.queueForVerification(landing.agency().id(), landing.kind().name(), now);
		} else {
			report.assignTo(landing.agency().id(), landing.kind() == Landing.Kind.TARGET ? rule : landing.kind().name(),
					now);
		}
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

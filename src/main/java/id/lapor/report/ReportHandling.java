package id.lapor.report;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import id.lapor.account.LaporUser;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.agency.AgencySummary;
import id.lapor.agency.UnknownAgencyException;
import id.lapor.routing.RoutingCorrected;
import id.lapor.routing.RoutingService;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handling body's work on its reports, done by its liaison officers: responses (with files), forwarding,
 * the service class and internal notes. Every operation acts only on a report of the officer's own body.
 */
@Service
@Transactional
public class ReportHandling {

	/** What became of a forward. */
	public enum ForwardOutcome {
		FORWARDED, QUEUED_FOR_VERIFICATION
	}

	private final ReportRepository reports;
	private final RoutingService routing;
	private final AgencyCatalogue agencies;
	private final ReportChanges changes;
	private final DeadlineSchedule deadlines;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ReportHandling(ReportRepository reports, RoutingService routing, AgencyCatalogue agencies, ReportChanges changes,
			DeadlineSchedule deadlines, ApplicationEventPublisher events, Clock clock) {
		this.reports = reports;
		this.routing = routing;
		this.agencies = agencies;
		this.changes = changes;
		this.deadlines = deadlines;
		this.events = events;
		this.clock = clock;
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
			ReportStatus newStatus, @Nullable Outcome outcome, @Nullable UUID uploadToken) {
		respond(trackingNumber, liaison, expectedVersion, message, newStatus, outcome, uploadToken, null);
	}

	/**
	 * As above; a report completed as a duplicate may name the report that handles the same matter.
	 *
	 * @throws ReportNotFoundException when {@code duplicateOf} names no report
	 */
	public void respond(TrackingNumber trackingNumber, LaporUser liaison, long expectedVersion, String message,
			ReportStatus newStatus, @Nullable Outcome outcome, @Nullable UUID uploadToken,
			@Nullable TrackingNumber duplicateOf) {

		if (newStatus == ReportStatus.COMPLETED && outcome == null) {
			throw new IllegalArgumentException("Completing a report needs its outcome");
		}
		if (duplicateOf != null && (outcome != Outcome.DUPLICATE || newStatus != ReportStatus.COMPLETED)) {
			throw new IllegalArgumentException("Only a report completed as a duplicate names the report it repeats");
		}

		var agencyId = liaison.requireAgencyId();
		var report = ownReport(trackingNumber, liaison, expectedVersion);
		var original = duplicateOf == null ? null
				: reports.findByTrackingNumber(duplicateOf.value()).orElseThrow(ReportNotFoundException::new);

		// A managed aggregate: the change is written at commit, where @Version catches a concurrent writer.
		var now = clock.instant();
		var closesAt = newStatus == ReportStatus.COMPLETED ? deadlines.closing(report, now) : null;
		report.respond(liaison.id(), agencyId, message, newStatus, closesAt, outcome, now);
		if (original != null) {
			report.repeats(original, liaison.id(), agencyId, now);
		}
		changes.attachUploads(report, liaison, uploadToken);

		events.publishEvent(new ReportResponded(report.getId(), trackingNumber, report.getReporterId(), agencyId,
				newStatus));
	}

	/** A liaison officer leaves a note for the other staff of the report. */
	public void addNote(TrackingNumber trackingNumber, LaporUser liaison, String note) {
		var report = reports.findForChangeByAgency(trackingNumber.value(), liaison.requireAgencyId())
				.orElseThrow(ReportNotFoundException::new);
		report.addNote(liaison.id(), liaison.requireAgencyId(), note, clock.instant());
	}

	/**
	 * A liaison officer passes a report of their own body on: to the body responsible ("bukan wewenang kami") or
	 * down to one of their body's own units (disposisi). A body without liaison officers passes it to its nearest
	 * staffed parent; a report declined {@value Report#MAX_DECLINES} times goes to the national administrator.
	 *
	 * @throws ForwardRefusedException when the target declined the report before, is the same body, or (for a
	 * disposition) is not a unit of the officer's body
	 * @throws UnknownAgencyException when no active body has the code
	 */
	public ForwardOutcome forward(TrackingNumber trackingNumber, LaporUser liaison, long expectedVersion,
			String targetCode, ForwardKind kind, String reason) {

		var fromAgencyId = liaison.requireAgencyId();
		var report = ownReport(trackingNumber, liaison, expectedVersion);
		var target = changes.activeAgency(targetCode);

		if (kind == ForwardKind.DISPOSITION
				&& agencies.findParent(target.id()).map(AgencySummary::id).filter(id -> id == fromAgencyId).isEmpty()) {
			throw new ForwardRefusedException();
		}

		var now = clock.instant();
		var landing = routing.land(target);
		var destination = landing.queued() ? target : landing.agency();
		var reached = report.forward(liaison.id(), fromAgencyId, destination.id(), kind, reason, now);
		var outcome = ForwardOutcome.FORWARDED;
		if (!reached || landing.queued()) {
			report.queueForVerification(routing.nationalAdministratorAgency().id(),
					reached ? Report.NO_LIAISON : Report.TOO_MANY_DECLINES, now);
			outcome = ForwardOutcome.QUEUED_FOR_VERIFICATION;
		}
		deadlines.update(report, now);

		events.publishEvent(new ReportForwarded(report.getId(), trackingNumber, fromAgencyId,
				Optional.ofNullable(report.getAgencyId()).orElseThrow(), kind));
		// The officer says which body is responsible: a lesson for the router.
		events.publishEvent(new RoutingCorrected(report.getId(), report.getTitle(), report.getText(),
				report.getRegionCode(), target.id(), kind == ForwardKind.DISPOSITION ? RoutingCorrected.Source.DISPOSITION
						: RoutingCorrected.Source.FORWARD));
		return outcome;
	}

	/**
	 * The handling body says how much work the report takes; the resolution deadline is counted again from the
	 * first assignment with the class's number of working days.
	 */
	public void classify(TrackingNumber trackingNumber, LaporUser liaison, long expectedVersion,
			ServiceClass serviceClass) {

		var report = ownReport(trackingNumber, liaison, expectedVersion);
		var start = Optional.ofNullable(report.getFirstAssignedAt()).orElseGet(clock::instant);
		var due = deadlines.resolution(report, serviceClass, start);
		report.classify(liaison.id(), liaison.requireAgencyId(), serviceClass, due, clock.instant());
	}

	private Report ownReport(TrackingNumber trackingNumber, LaporUser liaison, long expectedVersion) {
		var report = reports.findForChangeByAgency(trackingNumber.value(), liaison.requireAgencyId())
				.orElseThrow(ReportNotFoundException::new);
		ReportChanges.checkVersion(report, expectedVersion);
		return report;
	}
}

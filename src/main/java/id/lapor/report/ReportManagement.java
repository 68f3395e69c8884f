package id.lapor.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import id.lapor.account.LaporUser;
import id.lapor.account.PlaceholderAccounts;
import id.lapor.account.Role;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.agency.AgencySummary;
import id.lapor.agency.UnknownAgencyException;
import id.lapor.audit.AuditAction;
import id.lapor.audit.AuditLog;
import id.lapor.calendar.IndonesianTimeZones;
import id.lapor.calendar.WorkingDayCalendar;
import id.lapor.routing.CategoryCatalogue;
import id.lapor.routing.RoutingRequest;
import id.lapor.routing.RoutingService;
import id.lapor.routing.UnknownCategoryException;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * Changes to reports: submission with routing, the national administrator's verification, forwarding between
 * bodies, and the handling body's responses. No report is ever left without an owner: what no staffed body can
 * take goes to the national administrator's queue.
 */
@Service
@Transactional
public class ReportManagement {

	/** Why a report waits in the national administrator's queue (history detail, message {@code queue.reason.*}). */
	static final String LOW_CONFIDENCE = "LOW_CONFIDENCE";
	static final String NO_LIAISON = "NO_LIAISON";
	static final String TOO_MANY_DECLINES = "TOO_MANY_DECLINES";
	static final String STAFFED_PARENT = "STAFFED_PARENT";

	/** What became of a forward. */
	public enum ForwardOutcome {
		FORWARDED, QUEUED_FOR_VERIFICATION
	}

	private final ReportRepository reports;
	private final RoutingService routing;
	private final AgencyCatalogue agencies;
	private final CategoryCatalogue categories;
	private final RoutingRecords routingRecords;
	private final Attachments attachments;
	private final WorkingDayCalendar calendar;
	private final DeadlineProperties deadlines;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final IdentitySeal identities;
	private final ReporterRecords reporterRecords;
	private final Clock clock;

	ReportManagement(ReportRepository reports, RoutingService routing, AgencyCatalogue agencies,
			CategoryCatalogue categories, RoutingRecords routingRecords, Attachments attachments,
			WorkingDayCalendar calendar, DeadlineProperties deadlines, ApplicationEventPublisher events, AuditLog audit,
			IdentitySeal identities, ReporterRecords reporterRecords, Clock clock) {
		this.audit = audit;
		this.identities = identities;
		this.reporterRecords = reporterRecords;
		this.attachments = attachments;
		this.calendar = calendar;
		this.deadlines = deadlines;
		this.reports = reports;
		this.routing = routing;
		this.agencies = agencies;
		this.categories = categories;
		this.routingRecords = routingRecords;
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

		var decision = routing.decide(new RoutingRequest(content.title(), content.body(), content.regionCode(),
				content.categoryCode(), content.targetCode()), Locale.ROOT);
		var now = clock.instant();
		var report = Report.submit(newTrackingNumber(), content, decision.category().code(), reporterId,
				submissionToken, identities, now);
		report.recordRouting(decision.confidence(), routingRecords.explanation(decision.explanation()),
				routingRecords.bodies(decision));
		deliver(report, decision.target(), decision.rule().name(), decision.needsVerification() ? LOW_CONFIDENCE : null,
				now);
		updateDeadlines(report, now);
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
	 * A liaison officer answers a report of their own body.
	 *
	 * @param expectedVersion the version the officer saw; a different one means someone else changed the report
	 * @throws ReportNotFoundException when the report does not exist or belongs to another body
	 * @throws ReportChangedException when the report changed since the officer saw it
	 * @throws InvalidReportTransitionException when the report's status does not allow the response
	 */
	public void respond(TrackingNumber trackingNumber, LaporUser liaison, long expectedVersion, String message,
			ReportStatus newStatus, @Nullable Outcome outcome, @Nullable UUID uploadToken) {

		if (newStatus == ReportStatus.COMPLETED && outcome == null) {
			throw new IllegalArgumentException("Completing a report needs its outcome");
		}

		var agencyId = liaison.requireAgencyId();
		var report = ownReport(trackingNumber, liaison, expectedVersion);

		// A managed aggregate: the change is written at commit, where @Version catches a concurrent writer.
		var now = clock.instant();
		var closesAt = newStatus == ReportStatus.COMPLETED
				? calendar.deadline(now, deadlines.closingDays(), regionOfBody(report)) : null;
		report.respond(liaison.id(), agencyId, message, newStatus, closesAt, outcome, now);
		attachUploads(report, liaison, uploadToken);

		events.publishEvent(new ReportResponded(report.getId(), trackingNumber, report.getReporterId(), agencyId,
				newStatus));
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
		attachUploads(report, reporter, uploadToken);
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
		report.reopen(reporter.id(), reason, calendar.deadline(now, deadlines.firstFollowUpDays(), regionOfBody(report)),
				now);
	}

	/** A liaison officer leaves a note for the other staff of the report. */
	public void addNote(TrackingNumber trackingNumber, LaporUser liaison, String note) {
		var report = reports.findByTrackingNumberAndAgencyId(trackingNumber.value(), liaison.requireAgencyId())
				.orElseThrow(ReportNotFoundException::new);
		report.addNote(liaison.id(), liaison.requireAgencyId(), note, clock.instant());
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
	 * Reminds the handling bodies of deadlines within {@code workingDaysBefore} working days, once per deadline.
	 *
	 * @return how many reports were reminded
	 */
	public int sendReminders(Instant now, int workingDaysBefore, int batch) {
		var horizon = now.plus(Duration.ofDays(workingDaysBefore + 4L));
		var workingDays = calendar.workingDays();
		int reminded = 0;
		var dueSoon = reports.findDueForReminder(now, horizon, PageRequest.of(0, batch));
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
		return reminded;
	}

	/**
	 * Escalates missed deadlines: to the handling body's supervising body (its regional government or ministry), and
	 * after {@code nationalAfterWorkingDays} more working days to the national administrator. Reports the national
	 * administrator itself handles are not escalated; supervisors see them among the overdue ones.
	 *
	 * @return how many escalations happened
	 */
	public int escalateOverdue(Instant now, int nationalAfterWorkingDays, int batch) {
		var administrator = routing.nationalAdministratorBody();
		var workingDays = calendar.workingDays();
		int escalated = 0;
		var overdue = reports.findOverdueForEscalation(now, administrator.id(), PageRequest.of(0, batch));
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
		return escalated;
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
		var target = activeBody(targetCode);

		if (kind == ForwardKind.DISPOSITION
				&& agencies.findParent(target.id()).map(AgencySummary::id).filter(id -> id == fromAgencyId).isEmpty()) {
			throw new ForwardRefusedException();
		}

		var now = clock.instant();
		var staffed = routing.staffedBody(target);
		var destination = staffed.orElse(target);
		var reached = report.forward(liaison.id(), fromAgencyId, destination.id(), kind, reason, now);
		var outcome = ForwardOutcome.FORWARDED;
		if (!reached || staffed.isEmpty()) {
			report.queueForVerification(routing.nationalAdministratorBody().id(),
					reached ? NO_LIAISON : TOO_MANY_DECLINES, now);
			outcome = ForwardOutcome.QUEUED_FOR_VERIFICATION;
		}
		updateDeadlines(report, now);

		events.publishEvent(new ReportForwarded(report.getId(), trackingNumber, fromAgencyId,
				Optional.ofNullable(report.getAgencyId()).orElseThrow(), kind));
		return outcome;
	}

	/**
	 * The national administrator confirms or corrects category and body; the report goes to that body.
	 */
	public void verify(TrackingNumber trackingNumber, LaporUser administrator, long expectedVersion, String categoryCode,
			String targetCode, String note) {

		if (!categories.isSelectable(categoryCode)) {
			throw new UnknownCategoryException(categoryCode);
		}
		var target = activeBody(targetCode);
		var report = queuedReport(trackingNumber, administrator, expectedVersion);
		var now = clock.instant();
		report.verify(administrator.id(), administrator.requireAgencyId(), categoryCode, target.id(), note, now);
		updateDeadlines(report, now);
		events.publishEvent(new ReportForwarded(report.getId(), trackingNumber, administrator.requireAgencyId(),
				target.id(), ForwardKind.DISPOSITION));
	}

	/** The national administrator puts a report on hold (tunda). */
	public void postpone(TrackingNumber trackingNumber, LaporUser administrator, long expectedVersion, String note) {
		queuedReport(trackingNumber, administrator, expectedVersion)
				.postpone(administrator.id(), administrator.requireAgencyId(), note, clock.instant());
	}

	/**
	 * The national administrator archives a report with a reason; a duplicate names the report it repeats.
	 *
	 * @throws ReportNotFoundException when the report, or the one it duplicates, does not exist
	 */
	public void archive(TrackingNumber trackingNumber, LaporUser administrator, long expectedVersion,
			ArchiveReason reason, @Nullable TrackingNumber duplicateOf, String note) {

		var report = queuedReport(trackingNumber, administrator, expectedVersion);
		var original = duplicateOf == null ? null
				: reports.findByTrackingNumber(duplicateOf.value()).orElseThrow(ReportNotFoundException::new);
		report.archive(administrator.id(), administrator.requireAgencyId(), reason, original, note, clock.instant());
	}

	/**
	 * The national administrator hides the reporter's identity or the content; never the other way round. Each
	 * change is in the report's history (the reporter sees it) and in the audit log.
	 *
	 * @throws FlagsLoosenedException when a flag would be turned off
	 */
	public void changeFlags(TrackingNumber trackingNumber, LaporUser administrator, long expectedVersion,
			boolean anonymous, boolean confidential, String note) {

		requireAdministrator(administrator);
		var report = reports.findByTrackingNumber(trackingNumber.value()).orElseThrow(ReportNotFoundException::new);
		checkVersion(report, expectedVersion);
		var before = "anonymous=" + report.isAnonymous() + "→" + anonymous + ",confidential=" + report.isConfidential()
				+ "→" + confidential;
		if (anonymous && !report.isAnonymous()) {
			// The report row still names the reporter: the records naming them follow it to the sealed placeholder.
			reporterRecords.rename(List.of(report.getId()), PlaceholderAccounts.SEALED_REPORTER);
		}
		report.changeFlags(administrator.id(), administrator.requireAgencyId(), anonymous, confidential, note,
				identities, clock.instant());
		audit.record(AuditAction.REPORT_FLAGS_CHANGED, administrator.id(), trackingNumber.value(), before);
	}

	/**
	 * The national administrator opens the sealed reporter of an anonymous report, for a reason the law recognises
	 * (a court order, the reporter's own safety). The reason goes to the audit log; the identity goes nowhere else.
	 *
	 * @return the reporter's account, or empty when the report is not sealed (not anonymous, or anonymised for good)
	 */
	public Optional<UUID> unsealReporter(TrackingNumber trackingNumber, LaporUser administrator, String reason) {

		requireAdministrator(administrator);
		Assert.hasText(reason, "Opening a reporter's identity needs a reason");
		var report = reports.findByTrackingNumber(trackingNumber.value()).orElseThrow(ReportNotFoundException::new);
		if (!report.isSealed()) {
			return Optional.empty();
		}
		audit.record(AuditAction.IDENTITY_UNSEALED, administrator.id(), trackingNumber.value(), reason.strip());
		return Optional.of(report.getReporterId());
	}

	/**
	 * The handling body says how much work the report takes; the resolution deadline is counted again from the
	 * first assignment with the class's number of working days.
	 */
	public void classify(TrackingNumber trackingNumber, LaporUser liaison, long expectedVersion,
			ServiceClass serviceClass) {

		var report = ownReport(trackingNumber, liaison, expectedVersion);
		var start = Optional.ofNullable(report.getFirstAssignedAt()).orElseGet(clock::instant);
		var due = calendar.deadline(start, deadlines.resolutionDays(serviceClass), regionOfBody(report));
		report.classify(liaison.id(), liaison.requireAgencyId(), serviceClass, due, clock.instant());
	}

	/**
	 * Sets the deadline of the step the report is in: verification in the national administrator's queue, or the
	 * body's first follow-up and resolution from its first assignment on, in the body's time zone.
	 */
	private void updateDeadlines(Report report, Instant now) {
		if (report.getStatus().isInVerification()) {
			report.scheduleVerification(calendar.deadline(now, deadlines.verificationDays(), regionOfBody(report)));
		} else if (report.getStatus() == ReportStatus.ASSIGNED) {
			var region = regionOfBody(report);
			report.startClock(now, calendar.deadline(now, deadlines.firstFollowUpDays(), region),
					calendar.deadline(now, deadlines.resolutionDays(report.getServiceClass()), region));
		}
	}

	/** The region whose time zone the handling body works in; national bodies sit in Jakarta. */
	/** The region of the report's handling body, looked up among bodies loaded for a whole batch. */
	private static @Nullable String regionOf(Report report, Map<Long, AgencySummary> bodies) {
		var body = report.getAgencyId() == null ? null : bodies.get(report.getAgencyId());
		return body == null ? null : body.regionCode();
	}

	private @Nullable String regionOfBody(Report report) {
		return Optional.ofNullable(report.getAgencyId()).flatMap(agencies::findById)
				.map(AgencySummary::regionCode).orElse(null);
	}

	/**
	 * Gives a report to the body that will work on it, or to the national administrator's queue.
	 */
	private void deliver(Report report, AgencySummary target, String rule, @Nullable String verificationReason,
			Instant now) {

		if (verificationReason != null) {
			report.queueForVerification(routing.nationalAdministratorBody().id(), verificationReason, now);
			return;
		}
		var staffed = routing.staffedBody(target);
		if (staffed.isEmpty()) {
			report.queueForVerification(routing.nationalAdministratorBody().id(), NO_LIAISON, now);
		} else {
			report.assignTo(staffed.get().id(), staffed.get().id() == target.id() ? rule : STAFFED_PARENT, now);
		}
	}

	private Report ownReport(TrackingNumber trackingNumber, LaporUser liaison, long expectedVersion) {
		var report = reports.findByTrackingNumberAndAgencyId(trackingNumber.value(), liaison.requireAgencyId())
				.orElseThrow(ReportNotFoundException::new);
		checkVersion(report, expectedVersion);
		return report;
	}

	/** Gives the files uploaded for a message form to the message just added. */
	private void attachUploads(Report report, LaporUser uploader, @Nullable UUID uploadToken) {
		if (uploadToken != null) {
			reports.flush();
			var onRecord = report.isReportedBy(uploader.id()) ? report.getReporterOnRecord() : uploader.id();
			attachments.attachPending(report.getId(), uploader.id(), onRecord, uploadToken,
					report.getResponses().getLast().getId());
		}
	}

	private Report reportersReport(TrackingNumber trackingNumber, LaporUser reporter) {
		return reports.findReportersReport(trackingNumber.value(), reporter.id(), identities.index(reporter.id()))
				.orElseThrow(ReportNotFoundException::new);
	}

	private Report queuedReport(TrackingNumber trackingNumber, LaporUser administrator, long expectedVersion) {
		requireAdministrator(administrator);
		var report = reports.findByTrackingNumberAndStatusIn(trackingNumber.value(), Report.VERIFICATION_STATUSES)
				.orElseThrow(ReportNotFoundException::new);
		checkVersion(report, expectedVersion);
		return report;
	}

	private static void requireAdministrator(LaporUser user) {
		Assert.isTrue(user.hasRole(Role.ADMIN), "Only the national administrator verifies reports");
	}

	private static void checkVersion(Report report, long expectedVersion) {
		if (report.getVersion() != expectedVersion) {
			throw new ReportChangedException();
		}
	}

	private AgencySummary activeBody(String code) {
		return agencies.findByCode(code).filter(AgencySummary::active).orElseThrow(() -> new UnknownAgencyException(code));
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

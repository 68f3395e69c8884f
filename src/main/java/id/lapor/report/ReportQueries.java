package id.lapor.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.lapor.account.AccountDirectory;
import id.lapor.account.AccountSummary;
import id.lapor.account.LaporUser;
import id.lapor.account.Role;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.agency.AgencySummary;
import id.lapor.agency.RegionDirectory;
import id.lapor.agency.RegionSummary;
import id.lapor.calendar.IndonesianTimeZones;
import id.lapor.calendar.WorkingDayCalendar;
import id.lapor.routing.CategoryCatalogue;
import id.lapor.routing.CategorySummary;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads reports for pages, each method for one audience. Lists resolve the names of bodies, categories and regions
 * with one query each per page, never one per row.
 */
@Service
@Transactional(readOnly = true)
public class ReportQueries {

	private enum Audience {
		PUBLIC, REPORTER, STAFF
	}

	private final ReportRepository reports;
	private final IdentitySeal identities;
	private final AgencyCatalogue agencies;
	private final RegionDirectory regions;
	private final CategoryCatalogue categories;
	private final AccountDirectory accounts;
	private final RoutingRecords routingRecords;
	private final WorkingDayCalendar calendar;
	private final Attachments attachments;
	private final Clock clock;

	ReportQueries(ReportRepository reports, AgencyCatalogue agencies, RegionDirectory regions,
			CategoryCatalogue categories, AccountDirectory accounts, RoutingRecords routingRecords,
			WorkingDayCalendar calendar, Attachments attachments, IdentitySeal identities, Clock clock) {
		this.identities = identities;
		this.attachments = attachments;
		this.routingRecords = routingRecords;
		this.calendar = calendar;
		this.clock = clock;
		this.reports = reports;
		this.agencies = agencies;
		this.regions = regions;
		this.categories = categories;
		this.accounts = accounts;
	}

	/** "Laporan saya": the reports a citizen sent, newest first. */
	public Page<ReportListItem> findSubmittedBy(UUID reporterId, Pageable page, Locale locale) {
		return toListItems(reports.findReporters(reporterId, identities.index(reporterId), ReportOrder.unsorted(page)),
				locale);
	}

	/**
	 * A body's inbox, optionally one colour only.
	 *
	 * @param counts the body's reports by colour ({@link #countByColour(long)}), the page's total
	 */
	public Page<ReportListItem> findAssignedTo(long agencyId, @Nullable StatusColour colour, ColourCounts counts,
			ReportOrder order, Pageable page, Locale locale) {
		var pageable = order.of(page);
		var slice = colour == null ? reports.findSliceByAgencyId(agencyId, pageable)
				: reports.findSliceByAgencyIdAndStatusIn(agencyId, ReportStatus.withColour(colour), pageable);
		return toListItems(slice, pageable, counts.of(colour), locale);
	}

	/** A body's reports past their current deadline; {@code total}: how many ({@link #countOverdue(long)}). */
	public Page<ReportListItem> findOverdueAssignedTo(long agencyId, long total, ReportOrder order, Pageable page,
			Locale locale) {
		var pageable = order.of(page);
		return toListItems(reports.findSliceByAgencyIdAndNextDueAtBefore(agencyId, clock.instant(), pageable), pageable,
				total, locale);
	}

	/** All reports past their current deadline, for supervision; {@code total}: how many there are. */
	public Page<ReportListItem> findOverdue(long total, ReportOrder order, Pageable page, Locale locale) {
		var pageable = order.of(page);
		return toListItems(reports.findSliceByNextDueAtBefore(clock.instant(), pageable), pageable, total, locale);
	}

	/** Open reports escalated to a body supervising their handling body ("Eskalasi"), the nearest deadline first. */
	public Page<ReportListItem> findEscalatedTo(long agencyId, Pageable page, Locale locale) {
		return toListItems(reports.findOpenEscalatedTo(agencyId, ReportOrder.DUE_FIRST.of(page)), locale);
	}

	/** A report escalated to the supervising body, read-only for its staff while the escalation lasts. */
	public Optional<ReportDetails> findEscalated(TrackingNumber number, long agencyId, Locale locale) {
		return reports.findOpenEscalated(number.value(), agencyId)
				.map(report -> toDetails(report, Audience.STAFF, locale));
	}

	public long countOverdue() {
		return reports.countByNextDueAtBefore(clock.instant());
	}

	public long countOverdue(long agencyId) {
		return reports.countByAgencyIdAndNextDueAtBefore(agencyId, clock.instant());
	}

	/**
	 * All reports, for the national administrator and supervisors, optionally of one colour.
	 *
	 * @param counts how many reports there are by colour (from the statistics, which count them from their rollups):
	 * the page's total comes from it instead of counting the table again
	 */
	public Page<ReportListItem> findAll(@Nullable StatusColour colour, ColourCounts counts, ReportOrder order,
			Pageable page, Locale locale) {
		var pageable = order.of(page);
		var slice = colour == null ? reports.findSliceBy(pageable)
				: reports.findSliceByStatusIn(ReportStatus.withColour(colour), pageable);
		return toListItems(slice, pageable, counts.of(colour), locale);
	}

	public ColourCounts countByColour(long agencyId) {
		return ColourCounts.of(reports.countByStatusForAgency(agencyId));
	}

	/** A report its reporter opens from "Laporan saya". */
	public Optional<ReportDetails> findForReporter(TrackingNumber number, UUID reporterId, Locale locale) {
		return reports.findReportersReport(number.value(), reporterId, identities.index(reporterId))
				.map(report -> toDetails(report, Audience.REPORTER, locale));
	}

	/** A report of the liaison's own body; reports of other bodies do not exist for them. */
	public Optional<ReportDetails> findForAgency(TrackingNumber number, long agencyId, Locale locale) {
		return reports.findByTrackingNumberAndAgencyId(number.value(), agencyId)
				.map(report -> toDetails(report, Audience.STAFF, locale));
	}

	/** Whether the body handles the report now: a check before a change, without loading the report. */
	public boolean isAssignedTo(TrackingNumber number, long agencyId) {
		return reports.existsByTrackingNumberAndAgencyId(number.value(), agencyId);
	}

	/** A report handled by one of the given bodies, for a body administrator's monitoring of its units. */
	public Optional<ReportDetails> findForAgencies(TrackingNumber number, Collection<Long> agencyIds, Locale locale) {
		return reports.findByTrackingNumber(number.value())
				.filter(report -> report.getAgencyId() != null && agencyIds.contains(report.getAgencyId()))
				.map(report -> toDetails(report, Audience.STAFF, locale));
	}

	/** The national administrator's verification queue, oldest first. */
	public Page<ReportListItem> findVerificationQueue(Pageable page, Locale locale) {
		return toListItems(reports.findByStatusInOrderBySubmittedAtAsc(Report.VERIFICATION_STATUSES,
				ReportOrder.unsorted(page)), locale);
	}

	/** Any report, for the national administrator and supervisors. */
	public Optional<ReportDetails> findForSupervision(TrackingNumber number, Locale locale) {
		return reports.findByTrackingNumber(number.value()).map(report -> toDetails(report, Audience.STAFF, locale));
	}

	/**
	 * The public tracking page. A confidential report shows its content only to its reporter and to the staff who
	 * handle or supervise it; nobody here sees who reported.
	 */
	public Optional<ReportDetails> findForTracking(TrackingNumber number, @Nullable LaporUser viewer, Locale locale) {
		return reports.findByTrackingNumber(number.value()).map(report -> {
			var contentAllowed = !report.isConfidential() || viewer != null && (report.isReportedBy(viewer.id())
					|| viewer.hasRole(Role.ADMIN) || viewer.hasRole(Role.SUPERVISOR)
					|| viewer.hasRole(Role.LIAISON) && report.isHandledBy(viewer.agencyId()));
			var details = toDetails(report, Audience.PUBLIC, locale);
			return contentAllowed ? details : withoutContent(details);
		});
	}

	/** Whether a report has this number (a number typed by staff, e.g. the report another one repeats). */
	public boolean exists(TrackingNumber number) {
		return reports.existsByTrackingNumber(number.value());
	}

	/**
	 * A report's page on the public timeline ({@code /laporan/{number}}): only a report the timeline lists (not
	 * confidential, with a body); nothing about its reporter, no attachments.
	 */
	public Optional<ReportDetails> findPublic(TrackingNumber number, Locale locale) {
		return reports.findByTrackingNumber(number.value())
				.filter(report -> !report.isConfidential() && PublicTimeline.PUBLIC_STATUSES.contains(report.getStatus()))
				.map(report -> toDetails(report, Audience.PUBLIC, locale));
	}

	/** A slice of reports as a page whose total is already known (from counts shown on the same page). */
	private Page<ReportListItem> toListItems(Slice<Report> slice, Pageable pageable, long total, Locale locale) {
		return toListItems(new PageImpl<>(slice.getContent(), pageable, total), locale);
	}

	/** List rows of reports found by another query of this module. */
	Page<ReportListItem> listItems(Page<Report> page, Locale locale) {
		return toListItems(page, locale);
	}

	private Page<ReportListItem> toListItems(Page<Report> page, Locale locale) {

		var agencyIds = new HashSet<Long>();
		var categoryCodes = new HashSet<String>();
		var regionCodes = new HashSet<String>();
		page.forEach(report -> {
			if (report.getAgencyId() != null) {
				agencyIds.add(report.getAgencyId());
			}
			categoryCodes.add(report.getCategoryCode());
			regionCodes.add(report.getRegionCode());
		});

		var agencyNames = agencies.findAll(agencyIds);
		var categoryNames = categories.findAll(categoryCodes, locale);
		var regionNames = regions.findAll(regionCodes);

		var workingDays = calendar.workingDays();
		var now = clock.instant();
		return page.map(report -> {
			var body = Optional.ofNullable(report.getAgencyId()).map(agencyNames::get);
			var due = report.getNextDueAt();
			return new ReportListItem(report.getTrackingNumber(), report.getClassification(), report.getTitle(),
					report.getStatus(), body.map(AgencySummary::name).orElse(null),
					Optional.ofNullable(categoryNames.get(report.getCategoryCode())).map(CategorySummary::name)
							.orElse(null),
					Optional.ofNullable(regionNames.get(report.getRegionCode())).map(RegionSummary::name).orElse(null),
					report.getSubmittedAt(), report.getLastChangedAt(), report.isAnonymous(), report.isConfidential(),
					due, due == null ? null
							: workingDays.workingDaysLeft(now, due,
									IndonesianTimeZones.of(body.map(AgencySummary::regionCode).orElse(null))));
		});
	}

	/** Steps of the history only staff see: hops between bodies and changes of the privacy flags. */
	private static final Set<HistoryAction> STAFF_ONLY = Set.of(HistoryAction.FORWARDED, HistoryAction.DISPOSED,
			HistoryAction.FLAGS_CHANGED, HistoryAction.REPRIMANDED, HistoryAction.MARKED_DUPLICATE);

	private static boolean toldToReporter(Audience audience, ReportHistoryEntry entry) {
		return audience == Audience.REPORTER && entry.getAction() == HistoryAction.FLAGS_CHANGED;
	}

	private ReportDetails toDetails(Report report, Audience audience, Locale locale) {

		var history = report.getHistory();
		var responses = report.getResponses();
		var staff = audience == Audience.STAFF;
		var storedBodies = staff ? routingRecords.readBodies(report.getRoutingAlternatives())
				: new RoutingRecords.StoredBodies(null, List.of());

		var agencyIds = new HashSet<Long>();
		history.forEach(entry -> {
			addIfPresent(agencyIds, entry.getAgencyId());
			addIfPresent(agencyIds, entry.getFromAgencyId());
		});
		responses.forEach(response -> agencyIds.add(response.getAgencyId()));
		addIfPresent(agencyIds, report.getAgencyId());
		var agencyById = agencies.findAll(agencyIds);

		var people = staff ? accounts.findAll(peopleOf(report)) : Map.<UUID, AccountSummary> of();

		// The public and the reporter see the steps, not the hops between bodies: only the current body is named.
		// The reporter is also told when staff hid more of their report (which flags, not who or why).
		var timeline = history.stream()
				.filter(entry -> staff || !STAFF_ONLY.contains(entry.getAction()) || toldToReporter(audience, entry))
				.map(entry -> new ReportDetails.TimelineEntry(entry.getOccurredAt(), entry.getAction(),
						entry.getFromStatus(), entry.getToStatus(),
						staff ? nameOf(agencyById, entry.getFromAgencyId()) : null,
						staff ? nameOf(agencyById, entry.getAgencyId()) : null,
						staff ? actorName(report, entry.getActorId(), people) : null,
						staff || toldToReporter(audience, entry) ? entry.getDetail() : null,
						staff ? entry.getNote() : null))
				.toList();

		var files = audience == Audience.PUBLIC ? List.<AttachmentView> of() : attachments.ofReport(report.getId());
		var responseViews = responses.stream()
				.filter(response -> staff || response.getKind() != MessageKind.NOTE)
				.map(response -> new ReportDetails.ResponseView(response.getId(), response.getCreatedAt(), response.getKind(),
						nameOf(agencyById, response.getAgencyId()),
						staff ? actorName(report, response.getAuthorId(), people) : null, response.getBody(),
						files.stream().filter(file -> response.getId().equals(file.messageId())).toList()))
				.toList();

		var reporter = staff && !report.isAnonymous() ? people.get(report.getReporterOnRecord()) : null;

		ReportDetails.RoutingInfo routing = null;
		if (staff) {
			var codes = new ArrayList<String>();
			storedBodies.alternatives().forEach(alternative -> codes.add(alternative.code()));
			if (storedBodies.suggested() != null) {
				codes.add(storedBodies.suggested().code());
			}
			var bodies = agencies.findAllByCode(codes);
			java.util.function.Function<RoutingRecords.StoredAlternative, ReportDetails.AlternativeView> view =
					stored -> bodies.containsKey(stored.code()) ? new ReportDetails.AlternativeView(stored.code(),
							bodies.get(stored.code()).name(), stored.confidence()) : null;
			routing = new ReportDetails.RoutingInfo(report.getRoutingConfidence(),
					routingRecords.readExplanation(report.getRoutingExplanation()),
					storedBodies.suggested() == null ? null : view.apply(storedBodies.suggested()),
					storedBodies.alternatives().stream().map(view).filter(Objects::nonNull).toList());
		}

		var duplicateOf = report.getDuplicateOfId() == null ? null
				: reports.findByIdIn(List.of(report.getDuplicateOfId())).stream().findFirst()
						.map(Report::getTrackingNumber).orElse(null);

		var body = report.getAgencyId() == null ? null : agencyById.get(report.getAgencyId());
		var zone = IndonesianTimeZones.of(body == null ? null : body.regionCode());
		var next = report.getNextDueAt();
		var deadlines = new ReportDetails.Deadlines(report.getServiceClass(), report.getVerificationDueAt(),
				report.getFollowUpDueAt(), report.getResolutionDueAt(), report.getFollowedUpAt(), next,
				next == null ? null : calendar.workingDays().workingDaysLeft(clock.instant(), next, zone), zone.getId(),
				IndonesianTimeZones.abbreviation(zone));

		return new ReportDetails(report.getTrackingNumber(), report.getClassification(), report.getStatus(),
				report.getAgencyId() == null ? null : agencyById.get(report.getAgencyId()), report.getRegionCode(),
				regions.find(report.getRegionCode()).map(RegionSummary::name).orElse(null), report.getCategoryCode(),
				categories.find(report.getCategoryCode(), locale).map(CategorySummary::name).orElse(null),
				report.getSubmittedAt(), report.getLastChangedAt(), report.getVersion(), report.isAnonymous(),
				report.isConfidential(), true, report.getTitle(), report.getText(), report.getIncidentDate(),
				report.getLocation(), reporter, staff ? report.getRoutingNote() : null, routing,
				report.getArchiveReason(), duplicateOf, deadlines,
				new ReportDetails.Outcome(report.getCompletedAt(), report.getClosesAt(), report.getClosedAt(),
						report.getRating(), report.getRatingComment(), report.getReopenedCount(),
						report.canBeReopened(clock.instant()), report.getOutcome()),
				files.stream().filter(file -> file.messageId() == null).toList(),
				timeline, responseViews);
	}

	private static <T> void addIfPresent(Set<T> set, @Nullable T value) {
		if (value != null) {
			set.add(value);
		}
	}

	private static ReportDetails withoutContent(ReportDetails details) {
		return new ReportDetails(details.trackingNumber(), details.classification(), details.status(), details.agency(),
				details.regionCode(), details.regionName(), details.categoryCode(), details.categoryName(),
				details.submittedAt(), details.lastChangedAt(), details.version(), details.anonymous(),
				details.confidential(), false, null, null, null, null, null, null, null, details.archiveReason(), null,
				details.deadlines(), new ReportDetails.Outcome(details.outcome().completedAt(),
						details.outcome().closesAt(), details.outcome().closedAt(), details.outcome().rating(), null,
						details.outcome().reopenedCount(), false, details.outcome().result()),
				List.of(), details.timeline(), List.of());
	}

	private static Set<UUID> peopleOf(Report report) {
		var ids = new HashSet<UUID>();
		ids.add(report.getReporterOnRecord());
		report.getHistory().forEach(entry -> {
			if (entry.getActorId() != null) {
				ids.add(entry.getActorId());
			}
		});
		report.getResponses().forEach(response -> ids.add(response.getAuthorId()));
		return ids;
	}

	private static @Nullable String actorName(Report report, @Nullable UUID actorId,
			Map<UUID, AccountSummary> people) {
		if (actorId == null || report.isAnonymous()
				&& (report.isReportedBy(actorId) || report.getReporterOnRecord().equals(actorId))) {
			return null;
		}
		var person = people.get(actorId);
		return person == null ? null : person.fullName();
	}

	private static @Nullable String nameOf(Map<Long, AgencySummary> agencies, @Nullable Long id) {
		var agency = id == null ? null : agencies.get(id);
		return agency == null ? null : agency.name();
	}
}

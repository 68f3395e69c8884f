package id.lapor.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import id.lapor.account.LaporUser;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.agency.AgencyKind;
import id.lapor.agency.RegionDirectory;
import id.lapor.agency.RegionSummary;
import id.lapor.calendar.IndonesianTimeZones;
import id.lapor.monitoring.Compliance;
import id.lapor.monitoring.ComplianceProperties;
import id.lapor.monitoring.MonitoringScope;
import id.lapor.monitoring.StatisticsService;
import id.lapor.programme.PriorityProgrammes;
import id.lapor.report.Channel;
import id.lapor.report.Classification;
import id.lapor.report.ReportNotFoundException;
import id.lapor.report.ReportOrder;
import id.lapor.report.ReportQueries;
import id.lapor.report.Reprimands;
import id.lapor.report.StatusColour;
import id.lapor.report.TrackingNumber;
import id.lapor.routing.CategoryCatalogue;
import id.lapor.statistics.Connectivity;
import id.lapor.statistics.RoutingAccuracy;
import id.lapor.statistics.GroupBy;
import id.lapor.statistics.Indicators;
import id.lapor.statistics.ReportExport;
import id.lapor.statistics.ReportExportRow;
import id.lapor.statistics.Statistics.Detail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /monitoring}: the supervisors' morning view. Headline figures against the previous period of the same
 * length, and a table that drills down nation → province → regency/city → body → the body's reports. Filters live
 * in the URL; {@code ?format=csv} exports exactly the table shown. Body administrators and liaison officers see the
 * same pages for the bodies of their {@link MonitoringScope}.
 */
@Controller
class MonitoringController {

	static final int PAGE_SIZE = 25;
	static final int LATEST_REPRIMANDS = 5;
	static final int WORST_OVERDUE = 10;

	/** One step of the breadcrumbs. */
	record Crumb(String name, @Nullable String regionCode) {}

	private final StatisticsService statistics;
	private final RegionDirectory regions;
	private final AgencyCatalogue agencies;
	private final ReportQueries reports;
	private final Reprimands reprimands;
	private final ReportExport reportExport;
	private final MessageSource messages;
	private final CategoryCatalogue categories;
	private final PriorityProgrammes programmes;
	private final Connectivity connectivity;
	private final ComplianceProperties compliance;
	private final ExportAudit exportAudit;
	private final Clock clock;

	MonitoringController(StatisticsService statistics, RegionDirectory regions, AgencyCatalogue agencies,
			ReportQueries reports, Reprimands reprimands, ReportExport reportExport, MessageSource messages,
			CategoryCatalogue categories, PriorityProgrammes programmes, Connectivity connectivity,
			ComplianceProperties compliance, ExportAudit exportAudit, Clock clock) {
		this.exportAudit = exportAudit;
		this.connectivity = connectivity;
		this.compliance = compliance;
		this.categories = categories;
		this.programmes = programmes;
		this.reprimands = reprimands;
		this.reportExport = reportExport;
		this.messages = messages;
		this.statistics = statistics;
		this.regions = regions;
		this.agencies = agencies;
		this.reports = reports;
		this.clock = clock;
	}

	@GetMapping("/monitoring")
	@Nullable String dashboard(@ModelAttribute MonitoringFilter filter, @RequestParam(defaultValue = "") String format,
			@AuthenticationPrincipal LaporUser user, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {

		var today = IndonesianTimeZones.today(clock);
		var period = filter.lenientPeriod(today);
		// A bad period: the form says so (400) over the default period.
		var periodError = period.isEmpty();
		if (periodError) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("periodError", new int[] { StatisticsPeriod.FIRST_YEAR, StatisticsPeriod.LAST_YEAR });
		}
		var fromDate = period.map(MonitoringFilter.Period::from)
				.orElse(today.minusDays(MonitoringFilter.DEFAULT_DAYS - 1));
		var toDate = period.map(MonitoringFilter.Period::to).orElse(today);
		// A body administrator or liaison officer sees the bodies of their scope, without the regional drill-down.
		var scope = MonitoringScope.of(user, agencies);
		var region = scope.isNational() ? filter.lenientRegion(regions) : null;
		var groupBy = !scope.isNational() ? GroupBy.BODY
				: region == null ? GroupBy.PROVINCE : region.isProvince() ? GroupBy.REGENCY : GroupBy.BODY;
		var regionFilter = region == null ? null : region.code();
		var criteria = filter.lenientCriteria(programmes, categories, locale);

		var current = statistics.compute(groupBy, scope.filter(fromDate, toDate, regionFilter, criteria), locale);
		var export = periodError ? Optional.<TableExport.Format>empty() : TableExport.Format.parse(format);
		if (export.isPresent()) {
			var view = scope.root() != null ? scope.root().code() : region == null ? "nasional" : region.code();
			var fileName = "lapor-monitoring-" + view + "-" + fromDate + "-" + toDate;
			exportAudit.record(user, fileName + "." + export.get().extension(), request);
			TableExport.write(response, export.get(), fileName, "Pemantauan", INDICATOR_COLUMNS, out -> current.groups().forEach(row -> addIndicators(out, row)));
			return null;
		}
		var days = ChronoUnit.DAYS.between(fromDate, toDate) + 1;
		var previous = statistics.totals(scope.filter(fromDate.minusDays(days), fromDate.minusDays(1), regionFilter, criteria));

		model.addAttribute("from", fromDate);
		model.addAttribute("to", toDate);
		model.addAttribute("region", region);
		model.addAttribute("groupBy", groupBy.name());
		model.addAttribute("crumbs", crumbs(region));
		model.addAttribute("totals", current.totals());
		model.addAttribute("previous", previous);
		model.addAttribute("asOf", current.asOf());
		model.addAttribute("rows", current.groups());
		// Each row's compliance score and zone: the region table's colour scale (and the bodies' at body level).
		model.addAttribute("compliance", current.groups().stream()
				.collect(Collectors.toMap(Indicators::key, row -> Compliance.of(row, compliance))));
		model.addAttribute("scope", scope.root());
		model.addAttribute("criteria", criteria);
		model.addAttribute("links", new DashboardLinks(fromDate, toDate, regionFilter, criteria));
		model.addAttribute("categoryGroups", categories.groups(locale));
		model.addAttribute("classifications", Classification.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("bodyKinds", AgencyKind.values());
		model.addAttribute("programmes", programmes.active());
		model.addAttribute("connectivity", connectivity.byKind(regionFilter, scope.bodies()));
		// The router's live accuracy: the reports of the period that stayed with the body routing gave them to.
		var routedPeriod = scope.filter(fromDate, toDate, regionFilter, criteria);
		var routedByCategory = statistics.routingAccuracyByCategory(routedPeriod);
		model.addAttribute("routingAccuracy", statistics.routingAccuracyByKind(routedPeriod));
		model.addAttribute("routingAccuracyByCategory", routedByCategory);
		model.addAttribute("routingCategoryNames", categories.findAll(routedByCategory.stream()
				.map(RoutingAccuracy.Row::key).filter(Objects::nonNull).toList(), locale));
		// Chasing the red ones: overdue now, whenever the reports were sent.
		model.addAttribute("worstOverdue", statistics.worstOverdue(
				scope.filter(LocalDate.of(2000, 1, 1), toDate, regionFilter, criteria), WORST_OVERDUE));
		var trendFrom = StatisticsService.twelveMonthsEndingWith(toDate);
		model.addAttribute("trendFrom", trendFrom);
		// The trend and the outcomes show counts and the follow-up rate only: what is fixed once the reports are.
		model.addAttribute("months", statistics.compute(GroupBy.MONTH,
				scope.filter(trendFrom, toDate, regionFilter, criteria), Detail.FIXED_COUNTS, locale).groups());
		model.addAttribute("outcomes", statistics.compute(GroupBy.OUTCOME,
				scope.filter(fromDate, toDate, regionFilter, criteria), Detail.FIXED_COUNTS, locale)
				.groups().stream().filter(row -> !"NONE".equals(row.key())).toList());
		model.addAttribute("bodyCodes", current.bodyCodes());
		model.addAttribute("forwardedOut", groupBy == GroupBy.BODY
				? statistics.forwardedOut(scope.filter(fromDate, toDate, regionFilter, criteria), current.groups())
				: Map.of());
		return "monitoring/overview";
	}

	/** The reports of one body, by colour or overdue, as a supervisor drills down to them. */
	@GetMapping("/monitoring/bodies/{code}")
	@Nullable String bodyReports(@PathVariable String code, @RequestParam(defaultValue = "") String colour,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "") String format,
			@AuthenticationPrincipal LaporUser user, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {

		// Bodies outside the viewer's scope do not exist for them.
		var scope = MonitoringScope.of(user, agencies);
		var body = agencies.findByCode(code).filter(found -> scope.covers(found.id()))
				.orElseThrow(ReportNotFoundException::new);
		var pageable = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		var overdue = "overdue".equals(colour);
		var selected = StatusColour.parse(colour).orElse(null);
		var export = TableExport.Format.parse(format);
		if (export.isPresent()) {
			var today = IndonesianTimeZones.today(clock);
			var view = overdue ? "overdue" : selected == null ? "all" : selected.key();
			var fileName = "lapor-" + body.code() + "-" + view + "-" + today;
			exportAudit.record(user, fileName + "." + export.get().extension(), request);
			TableExport.write(response, export.get(), fileName, "Laporan",
					REPORT_COLUMNS, out -> reportExport.forEachAssignedTo(body.id(), selected, overdue, locale,
							row -> out.add(row.trackingNumber().formatted(), row.submittedAt(),
									messages.getMessage("classification." + row.classification(), null, locale),
									row.title(), row.categoryName(), row.regionName(),
									messages.getMessage("status." + row.status(), null, locale),
									messages.getMessage("colour." + row.status().colour(), null, locale),
									row.nextDueAt(), row.overdue(), row.followedUpAt(), row.completedAt(),
									row.outcome() == null ? null
											: messages.getMessage("outcome.kind." + row.outcome(), null, locale),
									row.rating())));
			return null;
		}
		model.addAttribute("body", body);
		model.addAttribute("scope", scope.root());
		model.addAttribute("crumbs", !scope.isNational() || body.regionCode() == null ? List.of()
				: crumbs(regions.find(body.regionCode()).orElse(null)));
		var counts = reports.countByColour(body.id());
		var overdueCount = reports.countOverdue(body.id());
		model.addAttribute("counts", counts);
		model.addAttribute("overdueCount", overdueCount);
		model.addAttribute("colour", overdue ? "overdue" : selected == null ? "" : selected.key());
		model.addAttribute("reports", overdue
				? reports.findOverdueAssignedTo(body.id(), overdueCount, ReportOrder.DUE_FIRST, pageable, locale)
				: reports.findAssignedTo(body.id(), selected, counts, ReportOrder.DUE_FIRST, pageable, locale));
		model.addAttribute("reprimands", reprimands.latest(body.id(), LATEST_REPRIMANDS));
		model.addAttribute("formId", UUID.randomUUID());
		model.addAttribute("maxReprimandLength", Reprimands.MAX_MESSAGE_LENGTH);
		return "monitoring/body";
	}

	/** A report as the drill-down opens it: any report for the nation's supervisors, else one of the scope. */
	@GetMapping("/monitoring/reports/{number}")
	String report(@PathVariable TrackingNumber number, @AuthenticationPrincipal LaporUser user, Model model,
			Locale locale) {

		var scope = MonitoringScope.of(user, agencies);
		var report = (scope.isNational() ? reports.findForSupervision(number, locale)
				: reports.findForAgencies(number, Objects.requireNonNull(scope.bodies()), locale))
				.orElseThrow(ReportNotFoundException::new);
		model.addAttribute("report", report);
		if (scope.isNational()) {
			model.addAttribute("programmeTags", programmes.tagsOf(report.trackingNumber().value()));
			model.addAttribute("programmes", programmes.active());
		}
		return "monitoring/report";
	}

	private List<Crumb> crumbs(@Nullable RegionSummary region) {
		var crumbs = new ArrayList<Crumb>();
		if (region != null) {
			if (!region.isProvince()) {
				regions.find(region.provinceCode()).ifPresent(province -> crumbs.add(new Crumb(province.name(),
						province.code())));
			}
			crumbs.add(new Crumb(region.name(), region.code()));
		}
		return crumbs;
	}

	/** The columns of the dashboard's table in an export. */
	static final List<String> INDICATOR_COLUMNS = List.of("key", "name", "received", "unverified", "red", "yellow",
			"green", "postponed", "archived", "overdue", "follow_up_rate", "completion_rate", "on_time_rate",
			"reopen_rate", "ratings", "average_rating", "open_fresh_up_to_4_weeks", "open_older", "open_stale_over_8_weeks",
			"first_response_working_days_median", "first_response_working_days_p90",
			"completion_working_days_median", "completion_working_days_p90", "reports_per_100k_inhabitants");

	static void addIndicators(TableExport.Rows out, Indicators row) {
		out.add(row.key(), row.name(), row.received(), row.unverified(), row.red(), row.yellow(), row.green(),
				row.postponed(), row.archived(), row.overdue(), row.followUpRate(), row.completionRate(),
				row.onTimeRate(), row.reopenRate(), row.ratings(), row.averageRating(), row.openAge().fresh(),
				row.openAge().older(), row.openAge().stale(), row.durations().firstResponseMedian(),
				row.durations().firstResponseP90(), row.durations().completionMedian(), row.durations().completionP90(),
				row.reportsPer100k());
	}

	/** The columns of a body's report list in an export; never the reporter. */
	static final List<String> REPORT_COLUMNS = List.of("tracking_number", "submitted_at", "classification", "title",
			"category", "region", "status", "colour", "next_due_at", "overdue", "followed_up_at", "completed_at",
			"outcome", "rating");
}

package id.lapor.monitoring.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Locale;

import id.lapor.account.LaporUser;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.agency.RegionDirectory;
import id.lapor.calendar.IndonesianTimeZones;
import id.lapor.monitoring.Criteria;
import id.lapor.monitoring.MonitoringScope;
import id.lapor.monitoring.StatisticsService;
import id.lapor.report.ReportNotFoundException;
import id.lapor.statistics.Filter;
import id.lapor.statistics.GroupBy;
import id.lapor.statistics.Indicators;
import id.lapor.statistics.Statistics.Detail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /monitoring/monthly?month=2026-10[&regionCode=73|&bodyCode=dukcapil-73.71]}: the monthly summary (laporan
 * bulanan) as a PDF, for the nation, a region or a body, within the viewer's scope (default: last month, the
 * viewer's whole scope).
 */
@Controller
class MonthlyReportController {

	static final int TOP = 10;

	private final StatisticsService statistics;
	private final AgencyCatalogue agencies;
	private final RegionDirectory regions;
	private final MessageSource messages;
	private final ExportAudit exportAudit;
	private final Clock clock;

	MonthlyReportController(StatisticsService statistics, AgencyCatalogue agencies, RegionDirectory regions,
			MessageSource messages, ExportAudit exportAudit, Clock clock) {
		this.exportAudit = exportAudit;
		this.statistics = statistics;
		this.agencies = agencies;
		this.regions = regions;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/monitoring/monthly")
	void monthly(@RequestParam(required = false) @Nullable String month, @ModelAttribute MonitoringFilter filter,
			@AuthenticationPrincipal LaporUser user, Locale locale, HttpServletRequest request,
			HttpServletResponse response) throws IOException {

		var scope = MonitoringScope.of(user, agencies);
		var selected = month(month);
		var from = selected.atDay(1);
		var to = selected.atEndOfMonth();

		String subject;
		String view;
		Filters filters;
		if (filter.bodyCode() != null) {
			var body = agencies.findByCode(filter.bodyCode()).filter(found -> scope.covers(found.id()))
					.orElseThrow(ReportNotFoundException::new);
			subject = body.name();
			view = body.code();
			filters = (start, end) -> scope.filter(start, end, body.id(), null, Criteria.NONE);
		} else {
			var region = !scope.isNational() || filter.regionCode() == null ? null
					: regions.find(filter.regionCode()).orElseThrow(ReportNotFoundException::new);
			subject = scope.root() != null ? scope.root().name()
					: region == null ? messages.getMessage("overview.nation", null, locale) : region.name();
			view = scope.root() != null ? scope.root().code() : region == null ? "nasional" : region.code();
			var regionFilter = region == null ? null : region.code();
			filters = (start, end) -> scope.filter(start, end, regionFilter, Criteria.NONE);
		}

		// One query gives the month's categories and its totals.
		var current = statistics.compute(GroupBy.CATEGORY, filters.between(from, to), locale);
		var previousMonth = selected.minusMonths(1);
		var content = new MonthlyReportPdf.Content(subject, selected, current.asOf(), current.totals(),
				statistics.totals(filters.between(previousMonth.atDay(1), previousMonth.atEndOfMonth())),
				// The trend shows counts, follow-up and completion rates: what is fixed once the reports are.
				statistics.compute(GroupBy.MONTH, filters.between(selected.minusMonths(11).atDay(1), to),
						Detail.FIXED_COUNTS, locale).groups(),
				statistics.worstOverdue(filters.between(LocalDate.of(2000, 1, 1), to), TOP),
				current.groups().stream().sorted(Comparator.comparingLong(Indicators::received).reversed()).limit(TOP)
						.toList());

		var fileName = "lapor-bulanan-" + view + "-" + selected + ".pdf";
		exportAudit.record(user, fileName, request);
		response.setContentType("application/pdf");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
		new MonthlyReportPdf(messages, locale).write(content, response.getOutputStream());
	}

	/** The statistics filter of the summary's subject for a span of days. */
	private interface Filters {
		Filter between(LocalDate from, LocalDate to);
	}

	private YearMonth month(@Nullable String value) {
		var lastMonth = YearMonth.now(clock.withZone(IndonesianTimeZones.WIB)).minusMonths(1);
		try {
			return value == null || value.isBlank() ? lastMonth : YearMonth.parse(value.strip());
		} catch (DateTimeParseException e) {
			return lastMonth;
		}
	}
}

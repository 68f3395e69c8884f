package id.lapor.monitoring.web;

import java.util.Locale;

import id.lapor.report.ReportNotFoundException;
import id.lapor.report.ReportOrder;
import id.lapor.report.ReportQueries;
import id.lapor.report.StatusColour;
import id.lapor.report.TrackingNumber;
import id.lapor.statistics.Statistics;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * All reports with their counts per colour, for the national administrator (KemenPAN-RB) and, read-only, the
 * supervisors.
 */
@Controller
class AdminDashboardController {

	static final int PAGE_SIZE = 25;

	private final ReportQueries queries;
	private final Statistics statistics;

	AdminDashboardController(ReportQueries queries, Statistics statistics) {
		this.queries = queries;
		this.statistics = statistics;
	}

	@GetMapping("/admin")
	String showDashboard(@RequestParam(defaultValue = "") String colour, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {

		var overdue = "overdue".equals(colour);
		var selectedColour = StatusColour.parse(colour).orElse(null);
		var pageable = PageRequest.of(Math.max(page, 0), PAGE_SIZE);

		// From the statistics rollups where they are current, in the statistics' own repeatable-read snapshot.
		var counts = statistics.colourCounts();
		var overdueCount = queries.countOverdue();
		model.addAttribute("counts", counts);
		model.addAttribute("overdueCount", overdueCount);
		model.addAttribute("reports", overdue
				? queries.findOverdue(overdueCount, ReportOrder.DUE_FIRST, pageable, locale)
				: queries.findAll(selectedColour, counts, ReportOrder.NEWEST, pageable, locale));
		model.addAttribute("colour", overdue ? "overdue" : selectedColour == null ? "" : selectedColour.key());
		return "monitoring/dashboard";
	}

	@GetMapping("/admin/reports/{number}")
	String showReport(@PathVariable TrackingNumber number, Model model, Locale locale) {

		var report = queries.findForSupervision(number, locale).orElseThrow(ReportNotFoundException::new);
		model.addAttribute("report", report);
		return "monitoring/report";
	}
}

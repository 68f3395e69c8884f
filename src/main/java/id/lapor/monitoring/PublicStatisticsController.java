package id.lapor.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;

import id.lapor.calendar.IndonesianTimeZones;
import id.lapor.report.ReportStatistics.GroupBy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /statistik}: the public statistics of the last twelve months, national and per province, and the most
 * reported categories. Aggregates only: no personal data, no content.
 */
@Controller
class PublicStatisticsController {

	static final int TOP_CATEGORIES = 10;

	private final StatisticsService statistics;
	private final Clock clock;

	PublicStatisticsController(StatisticsService statistics, Clock clock) {
		this.statistics = statistics;
		this.clock = clock;
	}

	@GetMapping("/statistik")
	String show(Model model, Locale locale) {

		var today = LocalDate.now(clock.withZone(IndonesianTimeZones.WIB));
		var from = today.minusYears(1);
		var filter = MonitoringScope.NATION.filter(from, today, null, Criteria.NONE);

		var provinces = statistics.compute(GroupBy.PROVINCE, filter, locale);
		var categories = statistics.compute(GroupBy.CATEGORY, filter, locale);
		model.addAttribute("from", from);
		model.addAttribute("to", today);
		model.addAttribute("asOf", provinces.asOf());
		model.addAttribute("totals", provinces.totals());
		model.addAttribute("provinces", provinces.groups());
		model.addAttribute("categories", categories.groups().stream()
				.sorted(Comparator.comparingLong(Indicators::received).reversed()).limit(TOP_CATEGORIES).toList());
		return "monitoring/statistik";
	}
}

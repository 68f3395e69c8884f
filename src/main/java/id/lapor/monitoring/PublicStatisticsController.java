package id.lapor.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import id.lapor.agency.RegionDirectory;
import id.lapor.agency.RegionSummary;
import id.lapor.calendar.IndonesianTimeZones;
import id.lapor.report.ReportStatistics.Detail;
import id.lapor.report.ReportStatistics.GroupBy;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /statistik}: the public statistics of the last twelve months, national and per province, or for one
 * province per regency/city ({@code ?regionCode=73}), and the most reported categories. Aggregates only: no personal
 * data, no content. The figures are cached for {@code lapor.statistics.public-cache} (default 60 seconds; the page
 * says as of when), so a crowd of visitors costs one count per minute.
 */
@Controller
class PublicStatisticsController {

	static final int TOP_CATEGORIES = 10;

	/** The figures of one view, computed once per cache period. */
	private record Snapshot(Instant asOf, LocalDate from, LocalDate to, Indicators totals, List<Indicators> regions,
			List<Indicators> categories) {}

	private final StatisticsService statistics;
	private final RegionDirectory regionDirectory;
	private final Duration cacheFor;
	private final Clock clock;
	private final Map<String, Snapshot> cache = new ConcurrentHashMap<>();

	PublicStatisticsController(StatisticsService statistics, RegionDirectory regionDirectory,
			@Value("${lapor.statistics.public-cache:60s}") Duration cacheFor, Clock clock) {
		this.statistics = statistics;
		this.regionDirectory = regionDirectory;
		this.cacheFor = cacheFor;
		this.clock = clock;
	}

	@GetMapping("/statistik")
	String show(@RequestParam(required = false) @Nullable String regionCode, Model model, Locale locale,
			HttpServletResponse response) {

		var province = Criteria.blankToNull(regionCode) == null ? null
				: regionDirectory.find(regionCode.strip()).filter(RegionSummary::isProvince).orElse(null);
		var key = locale.getLanguage() + "|" + (province == null ? "" : province.code());
		var now = clock.instant();
		var snapshot = cache.compute(key, (ignored, cached) -> cached != null
				&& cached.asOf().plus(cacheFor).isAfter(now) ? cached : compute(province, locale));

		response.setHeader(HttpHeaders.CACHE_CONTROL,
				CacheControl.maxAge(cacheFor.toSeconds(), TimeUnit.SECONDS).cachePublic().getHeaderValue());
		model.addAttribute("province", province);
		model.addAttribute("from", snapshot.from());
		model.addAttribute("to", snapshot.to());
		model.addAttribute("asOf", snapshot.asOf());
		model.addAttribute("totals", snapshot.totals());
		model.addAttribute("provinces", snapshot.regions());
		model.addAttribute("categories", snapshot.categories());
		return "monitoring/statistik";
	}

	private Snapshot compute(@Nullable RegionSummary province, Locale locale) {
		var today = IndonesianTimeZones.today(clock);
		var from = StatisticsService.twelveMonthsEndingWith(today);
		var filter = MonitoringScope.NATION.filter(from, today, province == null ? null : province.code(),
				Criteria.NONE);
		// The page shows no durations, and of the categories only how many reports they received.
		var regions = statistics.compute(province == null ? GroupBy.PROVINCE : GroupBy.REGENCY, filter,
				Detail.WITHOUT_DURATIONS, locale);
		var categories = statistics.compute(GroupBy.CATEGORY, filter, Detail.FIXED_COUNTS, locale);
		return new Snapshot(regions.asOf(), from, today, regions.totals(), regions.groups(), categories.groups()
				.stream().sorted(Comparator.comparingLong(Indicators::received).reversed()).limit(TOP_CATEGORIES)
				.toList());
	}
}

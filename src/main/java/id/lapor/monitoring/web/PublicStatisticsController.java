package id.lapor.monitoring.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import id.lapor.account.LaporUser;
import id.lapor.agency.RegionDirectory;
import id.lapor.agency.RegionSummary;
import id.lapor.calendar.IndonesianTimeZones;
import id.lapor.monitoring.Criteria;
import id.lapor.monitoring.MonitoringScope;
import id.lapor.monitoring.PublicIndicators;
import id.lapor.monitoring.PublicStatisticsCache;
import id.lapor.monitoring.SmallCellSuppression;
import id.lapor.monitoring.StatisticsProperties;
import id.lapor.monitoring.StatisticsService;
import id.lapor.statistics.GroupBy;
import id.lapor.statistics.Statistics.Detail;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * {@code /statistik}: the public statistics of the last twelve calendar months, national and per province, or for one
 * province per regency/city ({@code ?regionCode=73}), and the most reported categories. Aggregates only, the same
 * for everyone, with small counts suppressed ({@link SmallCellSuppression}, shown as "&lt; 5"): no personal data, no
 * content. The figures are cached for {@code lapor.statistics.public-cache} (default 60 seconds; the page says as of
 * when), so a crowd of visitors costs one count per minute, and anonymous visitors are rate-limited per address.
 */
@Controller
class PublicStatisticsController {

	static final int TOP_CATEGORIES = 10;

	/** The figures of one view, computed once per cache period. */
	private record Snapshot(Instant asOf, LocalDate from, LocalDate to, PublicIndicators totals,
			List<PublicIndicators> regions, List<PublicIndicators> categories) {}

	private final StatisticsService statistics;
	private final RegionDirectory regionDirectory;
	private final PublicStatisticsCache cache;
	private final PublicStatisticsGuard guard;
	private final StatisticsProperties properties;
	private final Clock clock;

	PublicStatisticsController(StatisticsService statistics, RegionDirectory regionDirectory,
			PublicStatisticsCache cache, PublicStatisticsGuard guard, StatisticsProperties properties, Clock clock) {
		this.statistics = statistics;
		this.regionDirectory = regionDirectory;
		this.cache = cache;
		this.guard = guard;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/statistik")
	String show(@ModelAttribute MonitoringFilter filter, @AuthenticationPrincipal @Nullable LaporUser user, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {

		if (user == null) {
			guard.admit(request);
		}
		var region = filter.lenientRegion(regionDirectory);
		var province = region != null && region.isProvince() ? region : null;
		// Two languages and the provinces: a bounded number of keys whatever ?lang= and ?regionCode= say.
		var language = PublicStatisticsGuard.supported(locale);
		var key = String.join("|", "page", language.getLanguage(), province == null ? "" : province.code());
		var snapshot = cache.get(key, () -> compute(province, language));

		// A logged-in page carries the person's name and CSRF token: never in a shared cache.
		response.setHeader(HttpHeaders.CACHE_CONTROL, user == null
				? CacheControl.maxAge(properties.publicCache()).cachePublic().getHeaderValue()
				: CacheControl.noStore().cachePrivate().getHeaderValue());
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
		var to = StatisticsPeriod.endOfMonth(today);
		var filter = MonitoringScope.NATION.filter(from, to, province == null ? null : province.code(),
				Criteria.NONE);
		// The page shows no durations, and of the categories only how many reports they received.
		var regions = statistics.computePublic(province == null ? GroupBy.PROVINCE : GroupBy.REGENCY, filter,
				Detail.WITHOUT_DURATIONS, locale);
		var categories = statistics.computePublic(GroupBy.CATEGORY, filter, Detail.FIXED_COUNTS, locale);
		// The most reported categories: those with a number to show.
		return new Snapshot(regions.asOf(), from, to, regions.totals(), regions.groups(), categories.groups()
				.stream().filter(row -> row.received() != null)
				.sorted(Comparator.comparing(row -> Objects.requireNonNull(row.received()), Comparator.reverseOrder()))
				.limit(TOP_CATEGORIES).toList());
	}
}

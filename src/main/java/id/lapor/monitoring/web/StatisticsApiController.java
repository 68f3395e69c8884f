package id.lapor.monitoring.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.lapor.account.LaporUser;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.agency.RegionDirectory;
import id.lapor.calendar.IndonesianTimeZones;
import id.lapor.monitoring.Criteria;
import id.lapor.monitoring.MonitoringScope;
import id.lapor.monitoring.PublicIndicators;
import id.lapor.monitoring.PublicStatisticsCache;
import id.lapor.monitoring.SmallCellSuppression;
import id.lapor.monitoring.StatisticsProperties;
import id.lapor.monitoring.StatisticsService;
import id.lapor.programme.PriorityProgrammes;
import id.lapor.routing.CategoryCatalogue;
import id.lapor.statistics.Filter;
import id.lapor.statistics.GroupBy;
import id.lapor.statistics.Indicators;
import id.lapor.statistics.Statistics.Detail;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/statistics}: the monitoring indicators grouped by body, region, category, classification,
 * channel or month, with the caller's {@link MonitoringScope}: the national administrator and supervisors see
 * everything, a body administrator their body and its units, a liaison officer their own body only. Anonymous
 * callers get public aggregates: bodies, regions and months over whole calendar months, small counts suppressed
 * ({@link SmallCellSuppression}), rate-limited per address and cached for a minute (docs/security.md). Bad parameters
 * answer 400 with a ProblemDetail naming the parameter; a query over the statement timeout 503.
 */
@RestController
class StatisticsApiController {

	static final Map<String, GroupBy> GROUPS = Map.of("body", GroupBy.BODY, "region", GroupBy.PROVINCE,
			"category", GroupBy.CATEGORY, "classification", GroupBy.CLASSIFICATION, "channel", GroupBy.CHANNEL,
			"outcome", GroupBy.OUTCOME, "month", GroupBy.MONTH);

	/** The groups are paged: at most {@value #MAX_PAGE_SIZE} a page (12,000 bodies would be 5.7 MB of JSON). */
	static final int MAX_PAGE_SIZE = 1000;

	/** Groups anonymous callers may ask for. */
	static final Set<GroupBy> PUBLIC_GROUPS = EnumSet.of(GroupBy.BODY, GroupBy.PROVINCE, GroupBy.MONTH);

	record Response(LocalDate from, LocalDate to, Instant asOf, List<Indicators> groups, Indicators totals,
			PageInfo page) {}

	/** The answer to anonymous callers: whole months, small counts suppressed. */
	record PublicResponse(LocalDate from, LocalDate to, Instant asOf, List<PublicIndicators> groups,
			PublicIndicators totals, PageInfo page) {}

	/** Which page of the groups this is, and how many groups there are in all. */
	record PageInfo(int number, int size, long totalElements, int totalPages) {}

	private final StatisticsService statistics;
	private final AgencyCatalogue agencies;
	private final RegionDirectory regions;
	private final CategoryCatalogue categories;
	private final MessageSource messages;
	private final PriorityProgrammes programmes;
	private final Clock clock;
	private final PublicStatisticsGuard guard;
	private final PublicStatisticsCache cache;
	private final StatisticsProperties properties;

	StatisticsApiController(StatisticsService statistics, AgencyCatalogue agencies, RegionDirectory regions,
			CategoryCatalogue categories, MessageSource messages, PriorityProgrammes programmes, Clock clock,
			PublicStatisticsGuard guard, PublicStatisticsCache cache, StatisticsProperties properties) {
		this.guard = guard;
		this.cache = cache;
		this.properties = properties;
		this.programmes = programmes;
		this.statistics = statistics;
		this.agencies = agencies;
		this.regions = regions;
		this.categories = categories;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/api/v1/statistics")
	@Tag(name = "statistics")
	@Operation(summary = "Monitoring indicators by group", description = """
			Counts and rates of the reports submitted between `from` and `to` (inclusive, WIB dates, years \
			2000 to 2100), one entry per group and the totals. Definitions: docs/monitoring.md. Rates are null \
			when their denominator is 0; `reportsPer100k` only for region groups. The caller's scope applies. \
			The groups come in pages of `size` (default and at most 1000) in the order of their keys; `page` \
			says how many groups there are in all; `totals` are always those of all groups.

			**Anonymous callers** get public aggregates only (docs/security.md): `groupBy` `body`, `region` or \
			`month`, no `categoryCode`, `classification`, `channel` or `programme` filter (400), and whole \
			calendar months: `from` moves to the first day of its month, `to` to the last day of its month. \
			Every count below 5 (zero included), and any count from which such a count could be recomputed \
			(the other counts of the group, the totals), is `null`; a group whose own number of reports is \
			withheld has `"suppressed": true` and no figures at all; a rate is `null` when any count it is \
			made of is withheld. Durations, ratings and ages of open reports are not given. The answers may \
			be up to a minute old (`Cache-Control`), and each client address may ask a limited number of \
			times a minute (429 with `Retry-After`).""")
	@ApiResponse(responseCode = "200", description = "The indicators (for anonymous callers: suppressed)",
			content = @Content(schema = @Schema(oneOf = { Response.class, PublicResponse.class })))
	@ApiResponse(responseCode = "400", description = "A bad parameter, named in `field`",
			content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "`bodyCode` is outside the caller's scope",
			content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "429", description = "Too many requests from this address; see `Retry-After` (seconds)",
			content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "503", description = "The query took too long; try a narrower one later",
			content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<?> statistics(
			@Parameter(description = "What to group by; `region` groups by province, or by regency/city when "
					+ "`regionCode` is a province; anonymous callers: `body`, `region` or `month`", required = true,
					schema = @Schema(allowableValues = { "body", "region", "category", "classification", "channel",
							"outcome", "month" }))
			@RequestParam(required = false) @Nullable String groupBy,
			@ParameterObject @ModelAttribute MonitoringFilter filter,
			@Parameter(description = "Page of the groups, from 0 (groups in the order of their keys)")
			@RequestParam(required = false) @Nullable String page,
			@Parameter(description = "Groups per page, 1 to " + MAX_PAGE_SIZE + "; default " + MAX_PAGE_SIZE)
			@RequestParam(required = false) @Nullable String size,
			@Parameter(hidden = true) @AuthenticationPrincipal @Nullable LaporUser user,
			@Parameter(hidden = true) Locale locale, @Parameter(hidden = true) HttpServletRequest request) {

		var anonymous = user == null;
		if (anonymous) {
			// Counted before anything else: refused requests cost the limit too.
			guard.admit(request);
			locale = PublicStatisticsGuard.supported(locale);
		}
		var criteria = filter.strictCriteria(programmes);
		var group = groupBy == null ? null : GROUPS.get(groupBy);
		if (group == null) {
			throw InvalidParameterException.badRequest("groupBy", "api.statistics.groupBy");
		}
		if (anonymous) {
			refuseSlicing(group, criteria);
		}
		var today = IndonesianTimeZones.today(clock);
		var period = filter.strictPeriod(StatisticsService.twelveMonthsEndingWith(today), today);
		var fromDate = period.from();
		var toDate = period.to();
		if (anonymous) {
			// Whole calendar months: no single day of a small body.
			fromDate = StatisticsPeriod.startOfMonth(fromDate);
			toDate = StatisticsPeriod.endOfMonth(toDate);
		}
		var regionCode = filter.strictRegionCode(regions);
		filter.strictCategoryCode(categories, locale);
		var body = filter.strictBody(agencies);
		Long agencyId = body == null ? null : body.id();

		// A liaison officer sees their own body, a body administrator also its units; the others the nation.
		var scope = MonitoringScope.of(user, agencies);
		if (agencyId != null && !scope.covers(agencyId)) {
			throw new InvalidParameterException("bodyCode", "api.statistics.scope", HttpStatus.FORBIDDEN);
		}
		if (group == GroupBy.PROVINCE && regionCode != null) {
			group = GroupBy.REGENCY;
		}

		var pageable = PageRequest.of(number("page", page, 0, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE),
				number("size", size, MAX_PAGE_SIZE, 1, MAX_PAGE_SIZE));
		var selection = agencyId == null ? scope.filter(fromDate, toDate, regionCode, criteria)
				: scope.filter(fromDate, toDate, agencyId, regionCode, criteria);
		if (anonymous) {
			return ResponseEntity.ok().cacheControl(publicCaching())
					.body(publicAnswer(group, selection, fromDate, toDate, pageable, locale));
		}
		var result = statistics.compute(group, selection, locale, pageable);
		var pages = (int) ((result.groupCount() + pageable.getPageSize() - 1) / pageable.getPageSize());
		// What a person may see in their scope is theirs: no shared cache keeps it.
		return ResponseEntity.ok().cacheControl(CacheControl.noStore().cachePrivate())
				.body(new Response(fromDate, toDate, result.asOf(), result.groups(), result.totals(),
						new PageInfo(pageable.getPageNumber(), pageable.getPageSize(), result.groupCount(), pages)));
	}

	/** Anonymous callers get aggregates over bodies, regions and months, not slices that could point to a person. */
	private static void refuseSlicing(GroupBy group, Criteria criteria) {
		if (!PUBLIC_GROUPS.contains(group)) {
			throw InvalidParameterException.badRequest("groupBy", "api.statistics.public.groupBy");
		}
		var field = criteria.categoryCode() != null ? "categoryCode"
				: criteria.classification() != null ? "classification"
				: criteria.channel() != null ? "channel"
				: criteria.programme() != null ? "programme" : null;
		if (field != null) {
			throw InvalidParameterException.badRequest(field, "api.statistics.public.filter");
		}
	}

	/** All groups suppressed together (the rule across groups needs them all), then paged; cached a minute. */
	private PublicResponse publicAnswer(GroupBy group, Filter filter, LocalDate from, LocalDate to,
			PageRequest pageable, Locale locale) {
		var key = String.join("|", "api", locale.getLanguage(), group.name(), filter.toString(),
				Integer.toString(pageable.getPageNumber()), Integer.toString(pageable.getPageSize()));
		return cache.get(key, () -> {
			var result = statistics.computePublic(group, filter, Detail.WITHOUT_DURATIONS, locale);
			var groups = result.groups();
			int first = (int) Math.min(pageable.getOffset(), groups.size());
			var pages = (groups.size() + pageable.getPageSize() - 1) / pageable.getPageSize();
			return new PublicResponse(from, to, result.asOf(), groups.subList(first,
					Math.min(first + pageable.getPageSize(), groups.size())), result.totals(),
					new PageInfo(pageable.getPageNumber(), pageable.getPageSize(), groups.size(), pages));
		});
	}

	private CacheControl publicCaching() {
		return CacheControl.maxAge(properties.publicCache()).cachePublic();
	}

	@ExceptionHandler(InvalidParameterException.class)
	ProblemDetail invalid(InvalidParameterException e, Locale locale) {
		var problem = ProblemDetail.forStatusAndDetail(e.status,
				messages.getMessage(e.messageKey, new Object[] { e.field }, locale));
		problem.setTitle(messages.getMessage("api.invalid.title", null, locale));
		problem.setProperty("field", e.field);
		return problem;
	}

	/** A whole number in {@code [min, max]}, the fallback when absent. */
	private static int number(String field, @Nullable String value, int fallback, int min, int max) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			var number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		} catch (NumberFormatException e) {
			// Answered below like a number out of range.
		}
		throw InvalidParameterException.badRequest(field, "api.statistics.number");
	}
}

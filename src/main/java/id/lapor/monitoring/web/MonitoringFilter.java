package id.lapor.monitoring.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import id.lapor.agency.AgencyCatalogue;
import id.lapor.agency.AgencySummary;
import id.lapor.agency.AgencyKind;
import id.lapor.agency.RegionDirectory;
import id.lapor.agency.RegionSummary;
import id.lapor.monitoring.Criteria;
import id.lapor.programme.PriorityProgrammes;
import id.lapor.report.Channel;
import id.lapor.report.Classification;
import id.lapor.routing.CategoryCatalogue;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

/**
 * The period and filters of the monitoring pages and the statistics API as links and forms send them, bound with
 * {@code @ModelAttribute}: all optional, an empty value is no filter. They are read here, in one place: leniently for
 * the pages (an unknown value is no filter, a bad period is said on the page) and strictly for the API (a bad value
 * is a 400 naming it, {@link InvalidParameterException}). Plain text rather than typed fields with Bean Validation,
 * because each answer differs: the dashboard ignores what the API refuses, each refusal has its own message.
 */
record MonitoringFilter(
		@Parameter(description = "First day (yyyy-MM-dd, WIB); default: the first day of the month eleven months "
				+ "before this one (twelve calendar months); anonymous callers: the first day of its month")
		@Nullable String from,
		@Parameter(description = "Last day (yyyy-MM-dd, WIB), inclusive; default: today; anonymous callers: the "
				+ "last day of its month")
		@Nullable String to,
		@Parameter(description = "Province (e.g. `73`) or regency/city (e.g. `73.71`) code")
		@Nullable String regionCode,
		@Parameter(description = "Category code; a top-level category includes its sub-categories (not for "
				+ "anonymous callers)")
		@Nullable String categoryCode,
		@Parameter(description = "Code of one body (e.g. `dukcapil-73.71`)")
		@Nullable String bodyCode,
		@Parameter(description = "Only reports of this classification (not for anonymous callers)",
				schema = @Schema(allowableValues = { "COMPLAINT", "ASPIRATION", "INFORMATION_REQUEST" }))
		@Nullable String classification,
		@Parameter(description = "Only reports that came through this channel (not for anonymous callers)",
				schema = @Schema(allowableValues = { "WEB", "SMS", "SOCIAL_MEDIA", "MOBILE_APP", "API" }))
		@Nullable String channel,
		@Parameter(description = "Only reports handled by bodies of this kind", schema = @Schema(allowableValues = {
				"MINISTRY", "AGENCY", "LOCAL_GOVERNMENT", "BUMN", "BUMD" }))
		@Nullable String bodyKind,
		@Parameter(description = "Only reports tagged with this national priority programme (its code; not for "
				+ "anonymous callers)")
		@Nullable String programme) {

	/** The days the dashboard shows when no period is given: the last thirty, today included. */
	static final int DEFAULT_DAYS = 30;

	MonitoringFilter {
		from = Criteria.blankToNull(from);
		to = Criteria.blankToNull(to);
		regionCode = Criteria.blankToNull(regionCode);
		categoryCode = Criteria.blankToNull(categoryCode);
		bodyCode = Criteria.blankToNull(bodyCode);
		classification = Criteria.blankToNull(classification);
		channel = Criteria.blankToNull(channel);
		bodyKind = Criteria.blankToNull(bodyKind);
		programme = Criteria.blankToNull(programme);
	}

	/** From the first to the last day, inclusive (WIB). */
	record Period(LocalDate from, LocalDate to) {}

	/**
	 * The dashboard's period: by default the last {@value #DEFAULT_DAYS} days up to {@code to} (today). Empty when a
	 * date is none, outside the years the statistics cover ({@link StatisticsPeriod}), or the period ends before it
	 * starts: the page says so rather than guess, or overflow deep in a query.
	 */
	Optional<Period> lenientPeriod(LocalDate today) {
		var toDate = StatisticsPeriod.parse(to);
		var fromDate = StatisticsPeriod.parse(from);
		if (to != null && toDate.isEmpty() || from != null && fromDate.isEmpty()) {
			return Optional.empty();
		}
		var last = toDate.orElse(today);
		var first = fromDate.orElse(last.minusDays(DEFAULT_DAYS - 1));
		return first.isAfter(last) ? Optional.empty() : Optional.of(new Period(first, last));
	}

	/** The API's period, {@code defaultFrom} to today by default; a bad date is a 400 naming it. */
	Period strictPeriod(LocalDate defaultFrom, LocalDate today) {
		var first = from == null ? defaultFrom : StatisticsPeriod.parse(from)
				.orElseThrow(() -> InvalidParameterException.badRequest("from", "api.statistics.date"));
		var last = to == null ? today : StatisticsPeriod.parse(to)
				.orElseThrow(() -> InvalidParameterException.badRequest("to", "api.statistics.date"));
		if (first.isAfter(last)) {
			throw InvalidParameterException.badRequest("from", "api.statistics.range");
		}
		return new Period(first, last);
	}

	/** The other filters as the dashboard's links send them: an unknown value is no filter. */
	Criteria lenientCriteria(PriorityProgrammes programmes, CategoryCatalogue categories, Locale locale) {
		var criteria = Criteria.lenient(categoryCode, classification, channel, bodyKind,
				programme == null ? null : programmes.findByCode(programme).orElse(null));
		return criteria.categoryCode() != null && categories.find(criteria.categoryCode(), locale).isEmpty()
				? criteria.withoutCategory() : criteria;
	}

	/**
	 * The other filters for the API: an unknown classification, channel, kind of body or programme is a 400 naming
	 * it. The category is checked with the region ({@link #strictCategoryCode}), after the period.
	 */
	Criteria strictCriteria(PriorityProgrammes programmes) {
		return new Criteria(categoryCode, valid("classification", Classification.class, classification),
				valid("channel", Channel.class, channel), valid("bodyKind", AgencyKind.class, bodyKind),
				programme == null ? null : programmes.findByCode(programme).orElseThrow(
						() -> InvalidParameterException.badRequest("programme", "api.statistics.value")));
	}

	/** The region of the dashboard or the public page; an unknown code is none. */
	@Nullable RegionSummary lenientRegion(RegionDirectory regions) {
		return regionCode == null ? null : regions.find(regionCode).orElse(null);
	}

	/** The region code for the API; an unknown one is a 400. */
	@Nullable String strictRegionCode(RegionDirectory regions) {
		if (regionCode != null && regions.find(regionCode).isEmpty()) {
			throw InvalidParameterException.badRequest("regionCode", "api.invalid.regionCode");
		}
		return regionCode;
	}

	/** The category code for the API; an unknown one is a 400. */
	@Nullable String strictCategoryCode(CategoryCatalogue categories, Locale locale) {
		if (categoryCode != null && categories.find(categoryCode, locale).isEmpty()) {
			throw InvalidParameterException.badRequest("categoryCode", "api.invalid.categoryCode");
		}
		return categoryCode;
	}

	/** The body for the API; an unknown code is a 400. */
	@Nullable AgencySummary strictBody(AgencyCatalogue agencies) {
		return bodyCode == null ? null : agencies.findByCode(bodyCode)
				.orElseThrow(() -> InvalidParameterException.badRequest("bodyCode", "api.statistics.body"));
	}

	private static <E extends Enum<E>> @Nullable E valid(String field, Class<E> type, @Nullable String value) {
		return value == null ? null : Criteria.parse(type, value)
				.orElseThrow(() -> InvalidParameterException.badRequest(field, "api.statistics.value"));
	}
}

package id.lapor.monitoring;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.lapor.agency.AgencyCatalogue;
import id.lapor.agency.AgencySummary;
import id.lapor.agency.RegionDirectory;
import id.lapor.agency.RegionSummary;
import id.lapor.routing.CategoryCatalogue;
import id.lapor.routing.CategorySummary;
import id.lapor.statistics.Filter;
import id.lapor.statistics.GroupBy;
import id.lapor.statistics.Indicators;
import id.lapor.statistics.RoutingAccuracy;
import id.lapor.statistics.Statistics;
import id.lapor.statistics.Statistics.Detail;
import id.lapor.statistics.StatisticsRow;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Indicators per group with readable names, for the statistics API and pages. Each call is one read-only transaction
 * in which PostgreSQL cancels any statement running longer than {@code lapor.statistics.statement-timeout}
 * ({@link StatisticsTimeoutException}, answered 503): a costly filter must not hold a connection for minutes.
 */
@Service
public class StatisticsService {

	/**
	 * @param groups the groups asked for (all, or one page)
	 * @param groupCount how many groups there are in all
	 * @param bodyCodes at body level, each group's body code by group key (pages link bodies by code); else empty
	 */
	public record Result(Instant asOf, List<Indicators> groups, long groupCount, Indicators totals,
			Map<String, String> bodyCodes) {}

	private final Statistics statistics;
	private final RoutingAccuracy routingAccuracy;
	private final AgencyCatalogue agencies;
	private final RegionDirectory regions;
	private final CategoryCatalogue categories;
	private final MessageSource messages;
	private final TransactionTemplate transactions;
	private final JdbcTemplate jdbc;
	private final long statementTimeoutMillis;

	/** What anonymous callers get: all groups and the totals, small counts suppressed. */
	public record PublicResult(Instant asOf, List<PublicIndicators> groups, PublicIndicators totals) {}

	StatisticsService(Statistics statistics, AgencyCatalogue agencies, RegionDirectory regions,
			CategoryCatalogue categories, MessageSource messages, PlatformTransactionManager transactionManager,
			JdbcTemplate jdbc, StatisticsProperties properties, RoutingAccuracy routingAccuracy) {
		this.routingAccuracy = routingAccuracy;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setReadOnly(true);
		// The statistics read several statements from one snapshot (Statistics asks for the same).
		this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.jdbc = jdbc;
		this.statementTimeoutMillis = Math.max(1, properties.statementTimeout().toMillis());
		this.statistics = statistics;
		this.agencies = agencies;
		this.regions = regions;
		this.categories = categories;
		this.messages = messages;
	}

	/** The router's live accuracy by kind of routed body, for the filter's period, region and scope. */
	@Cacheable(cacheNames = SharedFigures.CACHE, sync = true, key = "{'routingByKind', #filter}")
	public List<RoutingAccuracy.Row> routingAccuracyByKind(Filter filter) {
		return timed(() -> routingAccuracy.byBodyKind(filter.from(), filter.to(), filter.regionCode(),
				filter.agencyIds()));
	}

	/** The router's live accuracy in the categories with the most routed reports, as above. */
	@Cacheable(cacheNames = SharedFigures.CACHE, sync = true, key = "{'routingByCategory', #filter}")
	public List<RoutingAccuracy.Row> routingAccuracyByCategory(Filter filter) {
		return timed(() -> routingAccuracy.byCategory(filter.from(), filter.to(), filter.regionCode(),
				filter.agencyIds()));
	}

	/** The indicators of all reports the filter selects, without naming any group. */
	@Cacheable(cacheNames = SharedFigures.CACHE, sync = true, key = "{'totals', #filter}")
	public Indicators totals(Filter filter) {
		return timed(() -> Indicators.total(statistics.total(filter)));
	}

	@Cacheable(cacheNames = SharedFigures.CACHE, sync = true,
			key = "{'compute', #groupBy, #filter, T(id.lapor.statistics.Statistics.Detail).FULL, #locale}")
	public Result compute(GroupBy groupBy, Filter filter, Locale locale) {
		return compute(groupBy, filter, Detail.FULL, locale);
	}

	/** The indicators with only the given detail: what a page does not show is not read. */
	@Cacheable(cacheNames = SharedFigures.CACHE, sync = true, key = "{'compute', #groupBy, #filter, #detail, #locale}")
	public Result compute(GroupBy groupBy, Filter filter, Detail detail, Locale locale) {
		return timed(() -> {
			var counts = statistics.count(groupBy, filter, detail);
			return named(groupBy, counts.groups(), counts, locale);
		});
	}

	/**
	 * All groups and the totals as anonymous callers get them ({@link SmallCellSuppression}); suppressed over all
	 * groups, so page them afterwards.
	 */
	public PublicResult computePublic(GroupBy groupBy, Filter filter, Detail detail, Locale locale) {
		var result = compute(groupBy, filter, detail, locale);
		var suppressed = SmallCellSuppression.apply(result.groups(), result.totals());
		return new PublicResult(result.asOf(), suppressed.groups(), suppressed.totals());
	}

	/** One page of the groups (in the order of their keys), named; the totals are those of all groups. */
	@Cacheable(cacheNames = SharedFigures.CACHE, sync = true, key = "{'page', #groupBy, #filter, #locale, #page}")
	public Result compute(GroupBy groupBy, Filter filter, Locale locale, Pageable page) {
		return timed(() -> {
			var counts = statistics.count(groupBy, filter, Detail.FULL);
			var groups = counts.groups();
			int first = (int) Math.min(page.getOffset(), groups.size());
			return named(groupBy, groups.subList(first, Math.min(first + page.getPageSize(), groups.size())), counts,
					locale);
		});
	}

	/** The work in one read-only transaction whose statements PostgreSQL cancels after the statement timeout. */
	private <T> T timed(Supplier<T> work) {
		try {
			return transactions.execute(status -> {
				// SET LOCAL: for this transaction only, the pooled connection keeps its own setting afterwards.
				jdbc.execute("set local statement_timeout = " + statementTimeoutMillis);
				return work.get();
			});
		} catch (DataAccessException | TransactionException e) {
			if (isTimeout(e)) {
				throw new StatisticsTimeoutException(e);
			}
			throw e;
		}
	}

	/** PostgreSQL's query_canceled (57014), whichever way Spring translated it. */
	private static boolean isTimeout(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof QueryTimeoutException || cause instanceof TransactionTimedOutException
					|| cause instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/** The given rows of the counts named (only those: names are looked up for them alone). */
	private Result named(GroupBy groupBy, List<StatisticsRow> rows, Statistics.Counts counts, Locale locale) {
		var asOf = statistics.asOf();
		var regionsByKey = groupBy == GroupBy.PROVINCE || groupBy == GroupBy.REGENCY
				? regions.findAll(rows.stream().map(StatisticsRow::key).toList())
				: Map.<String, RegionSummary>of();
		var bodies = groupBy == GroupBy.BODY ? agencies.findAll(bodyIds(rows.stream().map(StatisticsRow::key)))
				: Map.<Long, AgencySummary>of();
		var names = names(groupBy, rows, regionsByKey, bodies, locale);
		var bodyCodes = bodies.values().stream()
				.collect(Collectors.toMap(agency -> Long.toString(agency.id()), AgencySummary::code));
		return new Result(asOf, rows.stream().map(row -> {
			var region = regionsByKey.get(row.key());
			return Indicators.of(row, names.getOrDefault(row.key(), row.key()), region == null ? null : region.population());
		}).toList(), counts.groups().size(), Indicators.total(counts.total()), bodyCodes);
	}

	/**
	 * The first day of the twelve calendar months that end with the month of the given day: the period of the trend,
	 * the ranking, {@code /statistik} and the API by default (whole months are read from the rollups).
	 */
	public static LocalDate twelveMonthsEndingWith(LocalDate last) {
		return last.withDayOfMonth(1).minusMonths(11);
	}

	/** At body level the group keys are body ids; other keys are skipped. */
	public static List<Long> bodyIds(Stream<String> keys) {
		return keys.filter(key -> key.matches("\\d+")).map(Long::valueOf).toList();
	}

	/** A body with its reports past their deadline now, named, for the dashboard's "worst overdue" list. */
	public record OverdueAgency(String code, String name, long overdue) {}

	@Cacheable(cacheNames = SharedFigures.CACHE, sync = true, key = "{'worstOverdue', #filter, #limit}")
	public List<OverdueAgency> worstOverdue(Filter filter, int limit) {
		return timed(() -> worstOverdueNamed(filter, limit));
	}

	private List<OverdueAgency> worstOverdueNamed(Filter filter, int limit) {
		var worst = statistics.worstOverdue(filter, limit);
		var bodies = agencies.findAll(worst.stream().map(row -> row.agencyId()).toList());
		return worst.stream().filter(row -> bodies.containsKey(row.agencyId()))
				.map(row -> new OverdueAgency(bodies.get(row.agencyId()).code(), bodies.get(row.agencyId()).name(),
						row.overdue()))
				.toList();
	}

	/** For body groups: how many of their reports each body forwarded out, keyed like the groups (body id). */
	@Cacheable(cacheNames = SharedFigures.CACHE, sync = true, key = "{'forwardedOut', #filter, #bodies}")
	public Map<String, Long> forwardedOut(Filter filter, List<Indicators> bodies) {
		return timed(() -> statistics.forwardedOut(filter, bodyIds(bodies.stream().map(Indicators::key))).entrySet()
				.stream().collect(Collectors.toMap(entry -> Long.toString(entry.getKey()), Map.Entry::getValue)));
	}

	/** One query per kind of name, for all groups at once. */
	private Map<String, String> names(GroupBy groupBy, List<StatisticsRow> rows, Map<String, RegionSummary> regionsByKey,
			Map<Long, AgencySummary> bodies, Locale locale) {
		var keys = rows.stream().map(StatisticsRow::key).collect(Collectors.toCollection(HashSet::new));
		return switch (groupBy) {
			case BODY -> bodies.values().stream()
					.collect(Collectors.toMap(agency -> Long.toString(agency.id()), AgencySummary::name));
			case PROVINCE, REGENCY -> regionsByKey.values().stream()
					.collect(Collectors.toMap(RegionSummary::code, RegionSummary::name));
			case CATEGORY -> categories.findAll(keys, locale).values().stream()
					.collect(Collectors.toMap(CategorySummary::code, CategorySummary::name));
			case CLASSIFICATION -> keys.stream().collect(Collectors.toMap(Function.identity(),
					key -> messages.getMessage("classification." + key, null, key, locale)));
			case CHANNEL -> keys.stream().collect(Collectors.toMap(Function.identity(),
					key -> messages.getMessage("channel." + key, null, key, locale)));
			case OUTCOME -> keys.stream().collect(Collectors.toMap(Function.identity(),
					key -> messages.getMessage("outcome.kind." + key, null, key, locale)));
			case MONTH -> Map.of();
		};
	}
}

package id.lapor.report;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import id.lapor.calendar.IndonesianTimeZones;
import id.lapor.report.ReportStatistics.Filter;
import id.lapor.report.ReportStatistics.GroupBy;
import id.lapor.report.ReportTallies.Range;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Monthly rollups of the monitoring counts (table {@code report_rollup}): per month of submission (WIB) and per
 * dimension, the counts and working-day histograms of the reports, computed by {@link ReportTallies} from the reports
 * themselves. A change to a report marks its month dirty (database trigger); {@link #refresh} recomputes dirty months
 * and, until it has, statistics count those months from the reports. So a figure read from the rollups always equals
 * a fresh count. See docs/monitoring.md, "Rollups".
 */
@Service
public class ReportRollup {

	/** The dimensions the rollups keep, each a {@link GroupBy} of the reports. */
	enum Dimension {
		BODY(GroupBy.BODY), REGION(GroupBy.REGENCY), CATEGORY(GroupBy.CATEGORY), CLASSIFICATION(GroupBy.CLASSIFICATION),
		CHANNEL(GroupBy.CHANNEL), OUTCOME(GroupBy.OUTCOME);

		private final GroupBy groupBy;

		Dimension(GroupBy groupBy) {
			this.groupBy = groupBy;
		}

		/**
		 * The one dimension whose rollup answers a grouping under a filter: the grouping and every filter must be
		 * about that dimension (the month is in every rollup). A filter by programme needs the reports.
		 */
		static Optional<Dimension> covering(GroupBy groupBy, Filter filter) {
			if (filter.programmeId() != null) {
				return Optional.empty();
			}
			var needed = EnumSet.noneOf(Dimension.class);
			// The month is in every rollup; a province is a prefix of the region's key.
			var grouped = groupBy == GroupBy.PROVINCE ? GroupBy.REGENCY : groupBy;
			Arrays.stream(values()).filter(dimension -> dimension.groupBy == grouped).forEach(needed::add);
			if (filter.agencyIds() != null || filter.bodyKind() != null) {
				needed.add(BODY);
			}
			if (filter.regionCode() != null) {
				needed.add(REGION);
			}
			if (filter.categoryCode() != null) {
				needed.add(CATEGORY);
			}
			if (filter.classification() != null) {
				needed.add(CLASSIFICATION);
			}
			if (filter.channel() != null) {
				needed.add(CHANNEL);
			}
			return needed.size() > 1 ? Optional.empty()
					: Optional.of(needed.isEmpty() ? CLASSIFICATION : needed.iterator().next());
		}
	}

	static final int MONTHS_PER_REFRESH = 12;
	private static final Logger LOG = LoggerFactory.getLogger(ReportRollup.class);

	private final NamedParameterJdbcTemplate jdbc;
	private final ReportTallies tallies;
	private final Clock clock;
	private final TransactionTemplate transactions;

	ReportRollup(NamedParameterJdbcTemplate jdbc, ReportTallies tallies, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.tallies = tallies;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/**
	 * The months entirely inside {@code [from, to)} whose rollup is current (computed and not dirty since). Call in
	 * the same repeatable-read transaction as {@link #read}, so both see the same reports.
	 */
	Set<LocalDate> currentMonths(Instant from, Instant to) {
		var first = firstMonthStartingAtOrAfter(from);
		var last = LocalDate.ofInstant(to, IndonesianTimeZones.WIB).withDayOfMonth(1);
		if (!first.isBefore(last)) {
			return Set.of();
		}
		return new TreeSet<>(jdbc.queryForList("""
				select month from report_rollup_months where month >= :first and month < :last
				except select month from report_rollup_dirty""",
				new MapSqlParameterSource("first", Date.valueOf(first)).addValue("last", Date.valueOf(last)),
				LocalDate.class));
	}

	/** The first day of the first month starting at or after the instant (WIB). */
	private static LocalDate firstMonthStartingAtOrAfter(Instant instant) {
		var month = LocalDate.ofInstant(instant, IndonesianTimeZones.WIB).withDayOfMonth(1);
		return start(month).isBefore(instant) ? month.plusMonths(1) : month;
	}

	static Instant start(LocalDate month) {
		return month.atStartOfDay(IndonesianTimeZones.WIB).toInstant();
	}

	/** {@code [from, to)} without the given months, as ranges to count from the reports. */
	static List<Range> outside(Instant from, Instant to, Collection<LocalDate> months) {
		var ranges = new ArrayList<Range>();
		var cursor = from;
		for (var month : new TreeSet<>(months)) {
			var start = start(month);
			if (cursor.isBefore(start)) {
				ranges.add(new Range(cursor, start));
			}
			cursor = start(month.plusMonths(1));
		}
		if (cursor.isBefore(to)) {
			ranges.add(new Range(cursor, to));
		}
		return ranges;
	}

	/** Adds the rollups of the given months to the tallies, grouped and filtered like the reports would be. */
	void read(Dimension dimension, GroupBy groupBy, Filter filter, Set<LocalDate> months, Map<String, Tally> into) {
		var parameters = new MapSqlParameterSource("dimension", dimension.name())
				.addValue("months", months.stream().map(Date::valueOf).toList());
		var where = new ArrayList<>(List.of("dimension = :dimension", "month in (:months)"));
		where.addAll(ReportTallies.conditions(filter, parameters, ReportTallies.Columns.ROLLUP_KEY));
		var key = switch (groupBy) {
			case MONTH -> "to_char(month, 'YYYY-MM')";
			case PROVINCE -> "split_part(key, '.', 1)";
			default -> "key";
		};
		jdbc.query("""
				select %s as group_key, received, unverified, red, yellow, green, postponed, archived, completed_on_time,
				       reopened, ratings, rating_sum, response_days, response_counts, completion_days, completion_counts
				from report_rollup where %s""".formatted(key, String.join(" and ", where)), parameters,
				(RowCallbackHandler) row -> {
					var tally = into.computeIfAbsent(row.getString("group_key"), ignored -> new Tally());
					tally.addCounts(row);
					addHistogram(tally.response, row.getArray("response_days"), row.getArray("response_counts"));
					addHistogram(tally.completion, row.getArray("completion_days"), row.getArray("completion_counts"));
				});
	}

	private static void addHistogram(Tally.Histogram histogram, Array days, Array counts) throws SQLException {
		var dayValues = (Integer[]) days.getArray();
		var countValues = (Long[]) counts.getArray();
		for (int i = 0; i < dayValues.length; i++) {
			histogram.add(dayValues[i], countValues[i]);
		}
	}

	/** What one refresh did. */
	public record Refreshed(int months, long rows) {}

	/**
	 * Recomputes up to {@code maxMonths} dirty months (the latest first) from the reports, in one repeatable-read
	 * transaction: a report changed meanwhile leaves its month dirty for the next refresh. One refresh at a time
	 * (advisory lock); a concurrent call returns at once, having done nothing. So does a refresh whose snapshot was
	 * taken just before another one committed (it would conflict with what that one wrote): the next run does it.
	 */
	public Refreshed refresh(int maxMonths) {
		try {
			return Objects.requireNonNull(transactions.execute(status -> refreshInTransaction(maxMonths)));
		} catch (ConcurrencyFailureException | DuplicateKeyException e) {
			LOG.info("Statistics rollup refresh overlapped another one; left for the next run: {}", e.getMessage());
			return new Refreshed(0, 0);
		}
	}

	private Refreshed refreshInTransaction(int maxMonths) {
		if (!Boolean.TRUE.equals(jdbc.getJdbcTemplate().queryForObject(
				"select pg_try_advisory_xact_lock(hashtext('report_rollup'))", Boolean.class))) {
			return new Refreshed(0, 0);
		}
		tallies.planEachQuery();
		var months = jdbc.queryForList(
				"select month from report_rollup_dirty group by month order by month desc limit :limit",
				new MapSqlParameterSource("limit", maxMonths), LocalDate.class);
		if (months.isEmpty()) {
			return new Refreshed(0, 0);
		}
		var monthDates = months.stream().map(Date::valueOf).toList();

		jdbc.update("delete from report_rollup where month in (:months)", new MapSqlParameterSource("months", monthDates));
		long rows = 0;
		var now = Timestamp.from(clock.instant());
		for (var month : months) {
			var range = List.of(new Range(start(month), start(month.plusMonths(1))));
			var filter = Filter.between(range.getFirst().from(), range.getFirst().to());
			var batch = new ArrayList<SqlParameterSource>();
			for (var dimension : Dimension.values()) {
				var counted = new HashMap<String, Tally>();
				tallies.countFixed(dimension.groupBy, filter, range, counted);
				counted.forEach((key, tally) -> batch.add(rollupRow(month, dimension, key, tally)));
			}
			jdbc.batchUpdate("""
					insert into report_rollup (month, dimension, key, received, unverified, red, yellow, green, postponed,
					    archived, completed_on_time, reopened, ratings, rating_sum, response_days, response_counts,
					    completion_days, completion_counts)
					values (:month, :dimension, :key, :received, :unverified, :red, :yellow, :green, :postponed,
					    :archived, :completedOnTime, :reopened, :ratings, :ratingSum, cast(:responseDays as integer[]),
					    cast(:responseCounts as bigint[]), cast(:completionDays as integer[]),
					    cast(:completionCounts as bigint[]))""", batch.toArray(SqlParameterSource[]::new));
			jdbc.update("""
					insert into report_rollup_months (month, refreshed_at) values (:month, :now)
					on conflict (month) do update set refreshed_at = excluded.refreshed_at""",
					new MapSqlParameterSource("month", Date.valueOf(month)).addValue("now", now));
			rows += batch.size();
		}
		// Repeatable read: deletes the queue entries of this snapshot only; a report changed since stays queued.
		jdbc.update("delete from report_rollup_dirty where month in (:months)",
				new MapSqlParameterSource("months", monthDates));
		return new Refreshed(months.size(), rows);
	}

	/**
	 * Refreshes the dirty months, {@value #MONTHS_PER_REFRESH} at a time, until a refresh finds fewer: when reports
	 * do not change meanwhile (tests, the benchmark), none is dirty afterwards; while they do, the current month is
	 * dirty again at once and waits for the next run instead of being recomputed over and over.
	 */
	public Refreshed refreshAll() {
		int months = 0;
		long rows = 0;
		Refreshed step;
		do {
			step = refresh(MONTHS_PER_REFRESH);
			months += step.months();
			rows += step.rows();
		} while (step.months() == MONTHS_PER_REFRESH);
		return new Refreshed(months, rows);
	}

	private static SqlParameterSource rollupRow(LocalDate month, Dimension dimension, String key, Tally tally) {
		return new MapSqlParameterSource("month", Date.valueOf(month))
				.addValue("dimension", dimension.name())
				.addValue("key", key)
				.addValue("received", tally.received)
				.addValue("unverified", tally.unverified)
				.addValue("red", tally.red)
				.addValue("yellow", tally.yellow)
				.addValue("green", tally.green)
				.addValue("postponed", tally.postponed)
				.addValue("archived", tally.archived)
				.addValue("completedOnTime", tally.completedOnTime)
				.addValue("reopened", tally.reopened)
				.addValue("ratings", tally.ratings)
				.addValue("ratingSum", tally.ratingSum)
				.addValue("responseDays", array(tally.response.counts().keySet()))
				.addValue("responseCounts", array(tally.response.counts().values()))
				.addValue("completionDays", array(tally.completion.counts().keySet()))
				.addValue("completionCounts", array(tally.completion.counts().values()));
	}

	/** A PostgreSQL array literal of numbers. */
	private static String array(Collection<? extends Number> values) {
		return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}
}

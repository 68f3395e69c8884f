package id.lapor.statistics;

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
import java.util.Comparator;
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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
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
 * Rollups of the monitoring counts: per month of submission (WIB) and dimension (table {@code report_rollup}), and per
 * day for the dimensions with few keys ({@code report_rollup_daily}), the counts and working-day histograms of the
 * reports, computed by {@link ReportTallies} from the reports themselves. A change to a report is logged with the
 * values it took away and those it put (database trigger, table {@code report_rollup_changes}); a computed month or
 * day is read as its rollup plus the changes logged since, and {@link #refreshAll} recomputes the months with logged
 * changes, with their days. So a figure read from the rollups always equals a fresh count, also while reports change.
 * See docs/monitoring.md, "Rollups".
 */
@Service
public class ReportRollup {

	/** How much time one rollup row spans. */
	enum Grain {
		YEAR("report_rollup_yearly", "year"), MONTH("report_rollup", "month"), DAY("report_rollup_daily", "day");

		private final String table;
		private final String column;

		Grain(String table, String column) {
			this.table = table;
			this.column = column;
		}

		/** The first day of the unit of this grain the day is in. */
		LocalDate unitOf(LocalDate day) {
			return switch (this) {
				case YEAR -> day.withDayOfYear(1);
				case MONTH -> day.withDayOfMonth(1);
				case DAY -> day;
			};
		}

		LocalDate next(LocalDate unit) {
			return switch (this) {
				case YEAR -> unit.plusYears(1);
				case MONTH -> unit.plusMonths(1);
				case DAY -> unit.plusDays(1);
			};
		}

		/** The submissions of one unit: {@code [start, start of the next)} in WIB. */
		Range span(LocalDate unit) {
			return new Range(start(unit), start(next(unit)));
		}

		/** The units of this grain (month or day) in a month, in order. */
		List<LocalDate> unitsOf(LocalDate month) {
			return switch (this) {
				case YEAR -> throw new IllegalArgumentException("a month holds no year");
				case MONTH -> List.of(month);
				case DAY -> month.datesUntil(month.plusMonths(1)).toList();
			};
		}
	}

	/**
	 * The dimensions the rollups keep, each a {@link GroupBy} of the reports, and the grains they are kept in. Listed
	 * from the fewest keys to the most: where several answer a question, the first is read.
	 */
	enum Dimension {
		CLASSIFICATION(GroupBy.CLASSIFICATION, Grain.YEAR, Grain.MONTH, Grain.DAY),
		CHANNEL(GroupBy.CHANNEL, Grain.YEAR, Grain.MONTH, Grain.DAY),
		OUTCOME(GroupBy.OUTCOME, Grain.YEAR, Grain.MONTH, Grain.DAY),
		PROVINCE(GroupBy.PROVINCE, Grain.DAY),
		REGION(GroupBy.REGENCY, Grain.YEAR, Grain.MONTH),
		CATEGORY(GroupBy.CATEGORY, Grain.YEAR, Grain.MONTH),
		BODY(GroupBy.BODY, Grain.YEAR, Grain.MONTH);

		private final GroupBy groupBy;
		private final Set<Grain> grains;

		Dimension(GroupBy groupBy, Grain first, Grain... more) {
			this.groupBy = groupBy;
			this.grains = EnumSet.of(first, more);
		}

		/**
		 * The dimension whose rollups of the grain answer a grouping under a filter: the grouping and every filter
		 * must be about that dimension (the month or day is in every monthly or daily rollup; a year holds no months).
		 * A filter by programme needs the reports.
		 */
		static Optional<Dimension> covering(GroupBy groupBy, Filter filter, Grain grain) {
			return Arrays.stream(values())
					.filter(dimension -> dimension.grains.contains(grain) && dimension.answers(groupBy, filter)
							&& !(grain == Grain.YEAR && groupBy == GroupBy.MONTH))
					.findFirst();
		}

		private boolean answers(GroupBy grouping, Filter filter) {
			// A province is a prefix of a region's key. For a region filter without a dot (a province: Kepmendagri
			// codes), "the region code is it or starts with it and a dot" holds exactly when the province key is it.
			var region = filter.regionCode();
			return filter.programmeId() == null
					&& (grouping == GroupBy.MONTH || grouping == groupBy
							|| this == REGION && grouping == GroupBy.PROVINCE)
					&& (filter.agencyIds() == null && filter.bodyKind() == null || this == BODY)
					&& (region == null || this == REGION || this == PROVINCE && !region.contains("."))
					&& (filter.categoryCode() == null || this == CATEGORY)
					&& (filter.classification() == null || this == CLASSIFICATION)
					&& (filter.channel() == null || this == CHANNEL);
		}

		/** The key of a daily rollup over the report table: the day and the dimension's key. */
		String dailyKey() {
			return "to_char(submitted_at at time zone 'Asia/Jakarta', 'YYYY-MM-DD') || ' ' "
					+ "|| coalesce(cast(%s as text), 'null')".formatted(groupBy.expression());
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

	static Instant start(LocalDate day) {
		return day.atStartOfDay(IndonesianTimeZones.WIB).toInstant();
	}

	/**
	 * What {@link #read} took from the rollups: how many years, months and days, and the ranges left to count from the
	 * reports.
	 */
	record Read(int years, int months, int days, List<Range> rest) {}

	/**
	 * Adds to the tallies what the rollups answer of the period, grouped and filtered like the reports would be: the
	 * whole years that were built (see {@link #years}), then of the rest the whole months that were computed, then the
	 * whole days of computed months (each when a dimension of that grain covers the grouping and the filter; a year or
	 * month the period covers only in part counts as whole when its other part holds no report, see
	 * {@link #widened}), each with the changes logged since. Call in the same repeatable-read transaction as the counts
	 * from the reports, so all parts see the same reports.
	 *
	 * @param durations whether to read the histograms of working days too
	 */
	Read read(GroupBy groupBy, Filter filter, Range period, boolean durations, Map<String, Tally> into) {
		var yearly = Dimension.covering(groupBy, filter, Grain.YEAR);
		var monthly = Dimension.covering(groupBy, filter, Grain.MONTH);
		var daily = Dimension.covering(groupBy, filter, Grain.DAY);
		List<Range> rest = List.of(period);
		if (monthly.isEmpty() && daily.isEmpty()) {
			return new Read(0, 0, 0, rest);
		}
		var whole = monthly.isEmpty() ? period : widened(period);
		rest = List.of(whole);
		var around = new MapSqlParameterSource()
				.addValue("first", Date.valueOf(
						Grain.YEAR.unitOf(LocalDate.ofInstant(whole.from(), IndonesianTimeZones.WIB))))
				.addValue("end", Date.valueOf(LocalDate.ofInstant(whole.to(), IndonesianTimeZones.WIB).plusDays(1)));
		var computed = jdbc.queryForList(
				"select month from report_rollup_months where month >= :first and month < :end order by month", around,
				LocalDate.class);
		// The spans read from the rollups, whose logged changes are added at the end in one query.
		var fromRollups = new ArrayList<Range>();
		List<LocalDate> years = yearly.isEmpty() ? List.of() : years(around, computed, rest);
		if (!years.isEmpty()) {
			read(yearly.get(), Grain.YEAR, groupBy, filter, years, durations, into);
			rest = outside(rest, Grain.YEAR, years);
			fromRollups.addAll(spans(Grain.YEAR, years));
		}
		List<LocalDate> months = monthly.isEmpty() ? List.of() : units(computed, Grain.MONTH, rest);
		if (!months.isEmpty()) {
			read(monthly.get(), Grain.MONTH, groupBy, filter, months, durations, into);
			rest = outside(rest, Grain.MONTH, months);
			fromRollups.addAll(spans(Grain.MONTH, months));
		}
		rest = within(rest, period);
		List<LocalDate> days = daily.isEmpty() ? List.of() : units(computed, Grain.DAY, rest);
		if (!days.isEmpty()) {
			read(daily.get(), Grain.DAY, groupBy, filter, days, durations, into);
			rest = outside(rest, Grain.DAY, days);
			fromRollups.addAll(spans(Grain.DAY, days));
		}
		tallies.countFixed(ReportTallies.Source.CHANGES, groupBy.expression(), filter, joined(fromRollups), durations,
				into);
		return new Read(years.size(), months.size(), days.size(), rest);
	}

	/**
	 * The period extended at either end to the boundary of its year, or else of its month, where the part added holds
	 * no report in this snapshot: a period that ends today then covers the year and the month under way, and reads
	 * them whole from their rollups and the changes logged since, which then hold the same reports as the period.
	 */
	private Range widened(Range period) {
		if (!period.from().isBefore(period.to())) {
			return period;
		}
		var first = LocalDate.ofInstant(period.from(), IndonesianTimeZones.WIB);
		var last = LocalDate.ofInstant(period.to().minusNanos(1), IndonesianTimeZones.WIB);
		var from = period.from();
		for (var boundary : List.of(start(first.withDayOfYear(1)), start(first.withDayOfMonth(1)))) {
			if (boundary.isBefore(from) && empty(new Range(boundary, from))) {
				from = boundary;
				break;
			}
		}
		var to = period.to();
		for (var boundary : List.of(start(last.withDayOfYear(1).plusYears(1)),
				start(last.withDayOfMonth(1).plusMonths(1)))) {
			if (boundary.isAfter(to) && empty(new Range(to, boundary))) {
				to = boundary;
				break;
			}
		}
		return new Range(from, to);
	}

	/** Whether no report was submitted in the range. */
	private boolean empty(Range range) {
		return !Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from reports where submitted_at >= :from and submitted_at < :to)",
				new MapSqlParameterSource("from", Timestamp.from(range.from())).addValue("to",
						Timestamp.from(range.to())),
				Boolean.class));
	}

	/** The parts of the ranges inside the period. */
	static List<Range> within(List<Range> ranges, Range period) {
		var inside = new ArrayList<Range>();
		for (var range : ranges) {
			var from = range.from().isAfter(period.from()) ? range.from() : period.from();
			var to = range.to().isBefore(period.to()) ? range.to() : period.to();
			if (from.isBefore(to)) {
				inside.add(new Range(from, to));
			}
		}
		return inside;
	}

	/**
	 * The units of the grain of the computed months entirely inside the ranges (the refresh computes a month's days
	 * with it).
	 */
	private static List<LocalDate> units(List<LocalDate> computed, Grain grain, List<Range> ranges) {
		// Only computed months have units to read: the enumeration stays within the months that hold reports.
		return computed.stream().flatMap(month -> grain.unitsOf(month).stream())
				.filter(unit -> ranges.stream().anyMatch(range -> inside(grain.span(unit), range)))
				.toList();
	}

	/**
	 * The built years entirely inside the ranges that hold all their reports: a year's rollup sums its months computed
	 * when it was built, so a month with logged changes that was never computed (its reports not yet rolled up) keeps
	 * its year from being read.
	 */
	private List<LocalDate> years(SqlParameterSource around, List<LocalDate> computed, List<Range> ranges) {
		var built = jdbc.queryForList("select year from report_rollup_years where year >= :first and year < :end",
				around, LocalDate.class).stream()
				.filter(year -> ranges.stream().anyMatch(range -> inside(Grain.YEAR.span(year), range)))
				.toList();
		if (built.isEmpty()) {
			return built;
		}
		var notRolledUp = jdbc.queryForList("""
				select distinct date_trunc('month', day::timestamp)::date from report_rollup_changes
				where day >= :first and day < :end""", around, LocalDate.class).stream()
				.filter(month -> !computed.contains(month)).map(Grain.YEAR::unitOf).collect(Collectors.toSet());
		return built.stream().filter(year -> !notRolledUp.contains(year)).toList();
	}

	private static boolean inside(Range span, Range range) {
		return !span.from().isBefore(range.from()) && !span.to().isAfter(range.to());
	}

	/** The ranges without the given units of the grain, as ranges to count from the reports. */
	static List<Range> outside(List<Range> ranges, Grain grain, Collection<LocalDate> units) {
		var covered = new TreeSet<>(units).stream().map(grain::span).toList();
		var rest = new ArrayList<Range>();
		for (var range : ranges) {
			var cursor = range.from();
			for (var span : covered) {
				if (!inside(span, range)) {
					continue;
				}
				if (cursor.isBefore(span.from())) {
					rest.add(new Range(cursor, span.from()));
				}
				cursor = span.to();
			}
			if (cursor.isBefore(range.to())) {
				rest.add(new Range(cursor, range.to()));
			}
		}
		return rest;
	}

	/** Adds the rollups of the given units to the tallies, grouped and filtered like the reports would be. */
	private void read(Dimension dimension, Grain grain, GroupBy groupBy, Filter filter, Collection<LocalDate> units,
			boolean durations, Map<String, Tally> into) {
		var key = switch (groupBy) {
			case MONTH -> "to_char(" + grain.column + ", 'YYYY-MM')";
			case PROVINCE -> "split_part(key, '.', 1)";
			default -> "key";
		};
		readRows(dimension, grain, key, filter, units, durations, into);
	}

	/** Adds the rollup rows of the units to the tallies, by the key expression over them. */
	private void readRows(Dimension dimension, Grain grain, String key, Filter filter, Collection<LocalDate> units,
			boolean durations, Map<String, Tally> into) {
		// One array parameter, however many units (a holiday change can leave every month to be read by days).
		var parameters = new MapSqlParameterSource("dimension", dimension.name())
				.addValue("units", units.stream().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}")));
		var where = new ArrayList<>(List.of("dimension = :dimension",
				grain.column + " = any(cast(:units as date[]))"));
		where.addAll(ReportTallies.conditions(filter, parameters, ReportTallies.Columns.ROLLUP_KEY));
		// Histograms are merged here; without them the database sums each group's rows (a year by body: 80,000 rows
		// become 12,000), unless each group has one row (one unit, the rollup's own key): summing 12,000 rows one by
		// one costs more than reading them (numeric sums; 35 ms against 5 ms for a year by body).
		var summed = !durations && (units.size() > 1 || !"key".equals(key));
		var conditions = String.join(" and ", where);
		var sql = summed ? """
				select %s as group_key, sum(received)::bigint as received, sum(unverified)::bigint as unverified,
				       sum(red)::bigint as red, sum(yellow)::bigint as yellow, sum(green)::bigint as green,
				       sum(postponed)::bigint as postponed, sum(archived)::bigint as archived,
				       sum(completed_on_time)::bigint as completed_on_time, sum(reopened)::bigint as reopened,
				       sum(ratings)::bigint as ratings, sum(rating_sum)::bigint as rating_sum
				from %s where %s group by 1""".formatted(key, grain.table, conditions)
				: """
				select %s as group_key, received, unverified, red, yellow, green, postponed, archived, completed_on_time,
				       reopened, ratings, rating_sum%s
				from %s where %s""".formatted(key,
						durations ? ", response_days, response_counts, completion_days, completion_counts" : "",
						grain.table, conditions);
		jdbc.query(sql, parameters,
				(RowCallbackHandler) row -> {
					var tally = into.computeIfAbsent(row.getString(1), ignored -> new Tally());
					tally.addCounts(row);
					if (durations) {
						// The four arrays are the last columns, in this order.
						addHistogram(tally.response, row.getArray(13), row.getArray(14));
						addHistogram(tally.completion, row.getArray(15), row.getArray(16));
					}
				});
	}

	/** The submissions of the units. */
	private static List<Range> spans(Grain grain, Collection<LocalDate> units) {
		return units.stream().map(grain::span).toList();
	}

	/** The same submissions as few ranges as possible: ranges that do not overlap, adjacent ones joined. */
	static List<Range> joined(Collection<Range> ranges) {
		var joined = new ArrayList<Range>();
		ranges.stream().sorted(Comparator.comparing(Range::from)).forEach(range -> {
			if (!joined.isEmpty() && joined.getLast().to().equals(range.from())) {
				joined.set(joined.size() - 1, new Range(joined.getLast().from(), range.to()));
			} else {
				joined.add(range);
			}
		});
		return joined;
	}

	private static void addHistogram(Tally.Histogram histogram, Array days, Array counts) throws SQLException {
		var dayValues = (Integer[]) days.getArray();
		var countValues = (Long[]) counts.getArray();
		for (int i = 0; i < dayValues.length; i++) {
			histogram.add(dayValues[i], countValues[i]);
		}
	}

	/** What one refresh did: months recomputed (each with its days), years built again, rollup rows written. */
	public record Refreshed(int months, int years, long rows) {

		static final Refreshed NOTHING = new Refreshed(0, 0, 0);

		Refreshed plus(Refreshed other) {
			return new Refreshed(months + other.months, years + other.years, rows + other.rows);
		}
	}

	/**
	 * Recomputes the given months, each with its days, from the reports, in one repeatable-read transaction, deletes
	 * the changes logged for them that its snapshot saw (a change committed meanwhile stays logged, read on top of the
	 * new rollup until the next refresh), and builds their years and the given ones again from the monthly rollups.
	 * One refresh at a time (advisory lock); a concurrent
	 * call returns at once, having done nothing. So does a refresh whose snapshot was taken just before another one
	 * committed (it would conflict with what that one wrote): the next run does it.
	 */
	private Refreshed refresh(List<LocalDate> months, List<LocalDate> years) {
		try {
			return Objects.requireNonNull(transactions.execute(status -> refreshInTransaction(months, years)));
		} catch (ConcurrencyFailureException | DuplicateKeyException e) {
			LOG.info("Statistics rollup refresh overlapped another one; left for the next run: {}", e.getMessage());
			return Refreshed.NOTHING;
		} catch (DataAccessException e) {
			// Left logged (read on top of the rollups meanwhile); the older months still get their turn in this run.
			LOG.warn("Statistics rollup refresh of {} {} failed; left for the next run", months, years, e);
			return Refreshed.NOTHING;
		}
	}

	private Refreshed refreshInTransaction(List<LocalDate> months, List<LocalDate> years) {
		if (!Boolean.TRUE.equals(jdbc.getJdbcTemplate().queryForObject(
				"select pg_try_advisory_xact_lock(hashtext('report_rollup'))", Boolean.class))) {
			return Refreshed.NOTHING;
		}
		tallies.tuneForStatistics();
		tallies.withoutStatementTimeout();
		long rows = 0;
		var now = Timestamp.from(clock.instant());
		for (var month : months) {
			var span = Grain.MONTH.span(month);
			var range = List.of(span);
			var filter = Filter.between(span.from(), span.to());
			var bounds = new MapSqlParameterSource("month", Date.valueOf(month))
					.addValue("next", Date.valueOf(month.plusMonths(1)))
					.addValue("dimensions", Arrays.stream(Dimension.values()).map(Dimension::name).toList());
			jdbc.update("delete from report_rollup where dimension in (:dimensions) and month = :month", bounds);
			jdbc.update("delete from report_rollup_daily where day >= :month and day < :next", bounds);

			var monthly = new ArrayList<SqlParameterSource>();
			var daily = new ArrayList<SqlParameterSource>();
			for (var dimension : Dimension.values()) {
				if (dimension.grains.contains(Grain.MONTH)) {
					var counted = new HashMap<String, Tally>();
					tallies.countFixed(dimension.groupBy, filter, range, true, counted);
					counted.forEach((key, tally) -> monthly.add(rollupRow(month, dimension, key, tally)));
				}
				if (dimension.grains.contains(Grain.DAY)) {
					var counted = new HashMap<String, Tally>();
					tallies.countFixed(ReportTallies.Source.REPORTS, dimension.dailyKey(), filter, range, true,
							counted);
					counted.forEach((dayAndKey, tally) -> {
						var separator = dayAndKey.indexOf(' ');
						daily.add(rollupRow(LocalDate.parse(dayAndKey.substring(0, separator)), dimension,
								dayAndKey.substring(separator + 1), tally));
					});
				}
			}
			insert(Grain.MONTH, monthly);
			insert(Grain.DAY, daily);
			jdbc.update("""
					insert into report_rollup_months (month, refreshed_at) values (:month, :now)
					on conflict (month) do update set refreshed_at = excluded.refreshed_at""",
					new MapSqlParameterSource("month", Date.valueOf(month)).addValue("now", now));
			rows += monthly.size() + daily.size();
		}
		// Repeatable read: deletes the changes this snapshot saw only; a change committed since stays logged.
		jdbc.batchUpdate("delete from report_rollup_changes where day >= :month and day < :next",
				months.stream().map(month -> new MapSqlParameterSource("month", Date.valueOf(month))
						.addValue("next", Date.valueOf(month.plusMonths(1)))).toArray(SqlParameterSource[]::new));
		var rebuilt = new TreeSet<>(years);
		months.stream().map(Grain.YEAR::unitOf).forEach(rebuilt::add);
		for (var year : rebuilt) {
			rows += buildYear(year, now);
		}
		return new Refreshed(months.size(), rebuilt.size(), rows);
	}

	/**
	 * Builds a year's rollup again as the sum of the monthly rollups of its computed months, for every dimension kept
	 * by year; returns the rows written.
	 */
	private long buildYear(LocalDate year, Timestamp now) {
		var bounds = new MapSqlParameterSource("year", Date.valueOf(year))
				.addValue("next", Date.valueOf(Grain.YEAR.next(year))).addValue("now", now);
		jdbc.update("delete from report_rollup_yearly where year = :year", bounds);
		var months = jdbc.queryForList("select month from report_rollup_months where month >= :year and month < :next",
				bounds, LocalDate.class);
		var rows = new ArrayList<SqlParameterSource>();
		if (!months.isEmpty()) {
			var span = Grain.YEAR.span(year);
			for (var dimension : Dimension.values()) {
				if (dimension.grains.contains(Grain.YEAR)) {
					var summed = new HashMap<String, Tally>();
					readRows(dimension, Grain.MONTH, "key", Filter.between(span.from(), span.to()), months, true,
							summed);
					summed.forEach((key, tally) -> rows.add(rollupRow(year, dimension, key, tally)));
				}
			}
		}
		insert(Grain.YEAR, rows);
		jdbc.update("""
				insert into report_rollup_years (year, refreshed_at) values (:year, :now)
				on conflict (year) do update set refreshed_at = excluded.refreshed_at""", bounds);
		return rows.size();
	}

	private void insert(Grain grain, List<SqlParameterSource> rows) {
		jdbc.batchUpdate("""
				insert into %s (%s, dimension, key, received, unverified, red, yellow, green, postponed, archived,
				    completed_on_time, reopened, ratings, rating_sum, response_days, response_counts, completion_days,
				    completion_counts)
				values (:unit, :dimension, :key, :received, :unverified, :red, :yellow, :green, :postponed, :archived,
				    :completedOnTime, :reopened, :ratings, :ratingSum, cast(:responseDays as integer[]),
				    cast(:responseCounts as bigint[]), cast(:completionDays as integer[]),
				    cast(:completionCounts as bigint[]))""".formatted(grain.table, grain.column),
				rows.toArray(SqlParameterSource[]::new));
	}

	/**
	 * Recomputes the months that have logged changes when it starts, the newest first, {@value #MONTHS_PER_REFRESH}
	 * per transaction, each once, with their years: a month changed again meanwhile (while reports arrive, the current
	 * one at once) waits for the next run, so a run always ends, and no month waits behind newer ones for more than one
	 * run. Then builds the years with computed months that were never built (after an upgrade).
	 */
	public Refreshed refreshAll() {
		var changed = jdbc.getJdbcTemplate().queryForList("""
				select distinct date_trunc('month', day::timestamp)::date as month from report_rollup_changes
				order by month desc""", LocalDate.class);
		var refreshed = Refreshed.NOTHING;
		for (int first = 0; first < changed.size(); first += MONTHS_PER_REFRESH) {
			refreshed = refreshed.plus(refresh(changed.subList(first,
					Math.min(first + MONTHS_PER_REFRESH, changed.size())), List.of()));
		}
		var unbuilt = jdbc.getJdbcTemplate().queryForList("""
				select distinct date_trunc('year', month::timestamp)::date as year from report_rollup_months
				except select year from report_rollup_years""", LocalDate.class);
		if (!unbuilt.isEmpty()) {
			refreshed = refreshed.plus(refresh(List.of(), unbuilt));
		}
		return refreshed;
	}

	private static SqlParameterSource rollupRow(LocalDate unit, Dimension dimension, String key, Tally tally) {
		return new MapSqlParameterSource("unit", Date.valueOf(unit))
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

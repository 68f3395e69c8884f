package id.lapor.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts reports from the report table itself, into {@link Tally tallies} by group key: what the monthly and daily
 * rollups hold (counts and histograms of working days, fixed once the reports are; also from the log of changes not
 * yet rolled up), and what depends on the current time (overdue, age of open work), always counted live. The
 * definitions of the indicators' counts live here, in {@link Tally} and, for the statuses each status bucket holds,
 * in {@link StatusBucket}; the rollups are computed with the same queries.
 */
@Component
class ReportTallies {

	private final NamedParameterJdbcTemplate jdbc;

	ReportTallies(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Sets up the transaction for statistics queries, until it ends:
	 * <ul>
	 * <li>PostgreSQL plans each query for its own parameters. The JDBC driver prepares statements run often; PostgreSQL
	 * then may switch to a generic plan, which cannot see that a period or "past its deadline now" selects few reports
	 * and reads the wrong index (measured: 20 ms became 200 ms).</li>
	 * <li>Aggregations may hash in 64 MB ({@code work_mem}; the default 4 MB made the count of a month by body sort on
	 * disk: 150 ms, hashed 100 ms, at 5 million reports).</li>
	 * </ul>
	 */
	/**
	 * For a job, not a request: lifts the requests' {@code statement_timeout} (spring.datasource options) for this
	 * transaction. A rollup over millions of reports may take longer, and nobody waits for it.
	 */
	void withoutStatementTimeout() {
		jdbc.getJdbcTemplate().execute("set local statement_timeout = 0");
	}

	void tuneForStatistics() {
		jdbc.getJdbcTemplate().execute("set local plan_cache_mode = force_custom_plan");
		jdbc.getJdbcTemplate().execute("set local work_mem = '64MB'");
	}

	/**
	 * Adds the counts and histograms of the reports submitted in the given ranges the filter selects.
	 *
	 * @param durations whether to count the histograms of working days too (without them the percentiles of
	 * durations stay empty; a grouping with many keys reads much less)
	 */
	void countFixed(GroupBy groupBy, Filter filter, List<Range> ranges, boolean durations,
			Map<String, Tally> tallies) {
		countFixed(Source.REPORTS, groupBy.expression(), filter, ranges, durations, tallies);
	}

	/**
	 * What the fixed counts are read from: the reports, or the log of changes to them that the rollups do not hold
	 * yet (table {@code report_rollup_changes}, the same columns), where a row counts as its sign: -1 for the values a
	 * change took away, +1 for those it put.
	 */
	enum Source {
		REPORTS("reports", "count(*)", "rating"), CHANGES("report_rollup_changes", "sum(sign)", "sign * rating");

		private final String table;
		private final String count;
		private final String rating;

		Source(String table, String count, String rating) {
			this.table = table;
			this.count = count;
			this.rating = rating;
		}
	}

	/**
	 * The same, from the given source, grouped by a key expression over the report table's columns: a
	 * {@link GroupBy}'s, or one made of them (the daily rollups group by day and dimension). Never SQL from a caller.
	 */
	void countFixed(Source source, String keyExpression, Filter filter, List<Range> ranges, boolean durations,
			Map<String, Tally> tallies) {
		if (ranges.isEmpty()) {
			return;
		}
		if (source == Source.CHANGES && filter.programmeId() != null) {
			throw new IllegalArgumentException("the log of changes does not know the reports' programmes");
		}
		var parameters = new MapSqlParameterSource();
		var where = conditions(filter, parameters);
		where.add(period(ranges, parameters));
		var conditions = String.join(" and ", where);

		// One pass: the counts per group (the status buckets' columns generated from the statuses' colours) and,
		// through two more grouping sets, the histograms of working days to the first follow-up and to completion per
		// group (hashed; percentiles of any set of groups or months stay exact).
		var histograms = durations
				? "response_working_days, completion_working_days, grouping(response_working_days, completion_working_days)"
				: "3";
		var groups = durations
				? "grouping sets ((%1$s), (%1$s, response_working_days), (%1$s, completion_working_days))"
						.formatted(keyExpression)
				: keyExpression;
		jdbc.query("""
				select cast(%1$s as text) as key, %3$s as grouping_set,
				       %6$s as received,
				       %8$s,
				       %6$s filter (where %9$s
				                          and followed_up_at <= follow_up_due_at
				                          and completed_at <= resolution_due_at) as completed_on_time,
				       %6$s filter (where reopened_count > 0) as reopened,
				       %6$s filter (where rating is not null) as ratings,
				       coalesce(sum(%7$s), 0) as rating_sum
				from %5$s r
				where %2$s
				group by %4$s""".formatted(keyExpression, conditions, histograms, groups, source.table, source.count,
						source.rating, StatusBucket.columns(source.count), StatusBucket.GREEN.condition()), parameters,
				(RowCallbackHandler) row -> {
					var tally = tallies.computeIfAbsent(String.valueOf(row.getString("key")), key -> new Tally());
					switch (row.getInt("grouping_set")) {
						case 3 -> tally.addCounts(row);
						case 1 -> addToHistogram(tally.response, row, "response_working_days");
						case 2 -> addToHistogram(tally.completion, row, "completion_working_days");
						default -> throw new IllegalStateException("grouping set " + row.getInt("grouping_set"));
					}
				});
	}

	/** Reports without the value (not followed up, not completed) are no part of the histogram. */
	private static void addToHistogram(Tally.Histogram histogram, ResultSet row, String column) throws SQLException {
		var days = row.getInt(column);
		if (!row.wasNull()) {
			histogram.add(days, row.getLong("received"));
		}
	}

	/**
	 * Adds what depends on the current time, over the reports of the whole period: past their current deadline, and
	 * the age of the open ones. Reads only the reports that have a deadline.
	 */
	void countLive(GroupBy groupBy, Filter filter, Instant now, Map<String, Tally> tallies) {
		var parameters = new MapSqlParameterSource("now", Timestamp.from(now));
		var where = conditions(filter, parameters);
		where.add(period(List.of(new Range(filter.from(), filter.to())), parameters));
		var conditions = String.join(" and ", where);
		// The open reports and the postponed ones, the only others with a deadline (Report.updateNextDue, checked by
		// the constraint reports_deadline_only_when_waiting): two arms, each read through its own index.
		jdbc.query("""
				select cast(group_value as text) as key,
				       count(*) filter (where next_due_at < :now) as overdue,
				       count(*) filter (where open
				                          and submitted_at > cast(:now as timestamptz) - interval '28 days') as open_fresh,
				       count(*) filter (where open
				                          and submitted_at <= cast(:now as timestamptz) - interval '28 days'
				                          and last_changed_at > cast(:now as timestamptz) - interval '56 days') as open_older,
				       count(*) filter (where open
				                          and last_changed_at <= cast(:now as timestamptz) - interval '56 days') as open_stale
				from (select %1$s as group_value, true as open, submitted_at, last_changed_at, next_due_at
				      from reports r where %3$s and %2$s
				      union all
				      select %1$s, false, submitted_at, last_changed_at, next_due_at
				      from reports r where %3$s and %4$s and next_due_at < :now) live
				group by group_value""".formatted(groupBy.expression(), StatusBucket.condition(StatusBucket.OPEN),
						conditions, StatusBucket.POSTPONED.condition()), parameters,
				(RowCallbackHandler) row -> {
					var tally = tallies.computeIfAbsent(String.valueOf(row.getString("key")), key -> new Tally());
					tally.overdue += row.getLong("overdue");
					tally.openFresh += row.getLong("open_fresh");
					tally.openOlder += row.getLong("open_older");
					tally.openStale += row.getLong("open_stale");
				});
	}

	/** Submitted in one of the ranges. */
	static String period(List<Range> ranges, MapSqlParameterSource parameters) {
		var any = new ArrayList<String>();
		for (int i = 0; i < ranges.size(); i++) {
			any.add("(submitted_at >= :from%1$d and submitted_at < :to%1$d)".formatted(i));
			parameters.addValue("from" + i, Timestamp.from(ranges.get(i).from()))
					.addValue("to" + i, Timestamp.from(ranges.get(i).to()));
		}
		return any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")";
	}

	/**
	 * Where a filter's conditions look: the report table's columns, or a rollup's key (which holds the one dimension
	 * the filter is about, see {@code ReportRollup.Dimension.covering}).
	 *
	 * @param reportId {@code null} where reports cannot be told apart (a filter by programme is then refused)
	 */
	record Columns(String agency, String region, String category, String classification, String channel,
			@Nullable String reportId) {

		static final Columns REPORTS = new Columns("agency_id", "region_code", "category_code", "classification",
				"channel", "r.id");

		/** A rollup's key as each dimension; a body's key is its id as text ("null" for no body). */
		static final Columns ROLLUP_KEY = new Columns("(case when key ~ '^[0-9]+$' then key::bigint end)", "key", "key",
				"key", "key", null);
	}

	/** The conditions of a filter besides its period over the report table, adding their parameters. */
	static List<String> conditions(Filter filter, MapSqlParameterSource parameters) {
		return conditions(filter, parameters, Columns.REPORTS);
	}

	/** The conditions of a filter besides its period, adding their parameters: the one definition of each filter. */
	static List<String> conditions(Filter filter, MapSqlParameterSource parameters, Columns columns) {
		var where = new ArrayList<String>();
		if (filter.agencyIds() != null) {
			where.add(filter.agencyIds().isEmpty() ? "false" : columns.agency() + " in (:agencies)");
			parameters.addValue("agencies", filter.agencyIds());
		}
		if (filter.regionCode() != null) {
			where.add("(%1$s = :region or %1$s like :regionPrefix)".formatted(columns.region()));
			parameters.addValue("region", filter.regionCode()).addValue("regionPrefix", filter.regionCode() + ".%");
		}
		if (filter.categoryCode() != null) {
			where.add(columns.category()
					+ " in (select code from categories where code = :category or parent_code = :category)");
			parameters.addValue("category", filter.categoryCode());
		}
		if (filter.classification() != null) {
			where.add(columns.classification() + " = :classification");
			parameters.addValue("classification", filter.classification().name());
		}
		if (filter.channel() != null) {
			where.add(columns.channel() + " = :channel");
			parameters.addValue("channel", filter.channel().name());
		}
		if (filter.programmeId() != null) {
			if (columns.reportId() == null) {
				throw new IllegalArgumentException("a filter by programme needs the reports");
			}
			where.add(columns.reportId()
					+ " in (select report_id from report_programmes where programme_id = :programme)");
			parameters.addValue("programme", filter.programmeId());
		}
		if (filter.bodyKind() != null) {
			where.add(columns.agency() + " in (select a.id from agencies a where " + filter.bodyKind().condition("a")
					+ ")");
		}
		return where;
	}
}

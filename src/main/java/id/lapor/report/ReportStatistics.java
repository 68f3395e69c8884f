package id.lapor.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.lapor.agency.BodyKind;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts reports by group for the monitoring indicators, in one aggregate query over the report table per call
 * (groups and total together). Working days come from {@code working_day_index} (WIB dates).
 * Groups and filters are fixed expressions chosen here, never SQL from a caller.
 */
@Service
@Transactional(readOnly = true)
public class ReportStatistics {

	/** What reports can be grouped by. */
	public enum GroupBy {
		BODY("agency_id::text"),
		PROVINCE("split_part(region_code, '.', 1)"),
		REGENCY("region_code"),
		CATEGORY("category_code"),
		CLASSIFICATION("classification"),
		CHANNEL("channel"),
		/** How completed reports ended ({@code Outcome}); {@code NONE} for reports not completed. */
		OUTCOME("coalesce(outcome, 'NONE')"),
		MONTH("to_char(submitted_at at time zone 'Asia/Jakarta', 'YYYY-MM')");

		private final String expression;

		GroupBy(String expression) {
			this.expression = expression;
		}
	}

	/**
	 * Which reports count: submitted in {@code [from, to)}, optionally handled by one of the given bodies
	 * ({@code null}: any body; empty: none) or by a body of one kind, of one region (a province includes its
	 * regencies), of one category (a top-level category includes its sub-categories), of one classification, one
	 * channel, or tagged with one national priority programme.
	 */
	public record Filter(Instant from, Instant to, @Nullable Set<Long> agencyIds, @Nullable String regionCode,
			@Nullable String categoryCode, @Nullable Classification classification, @Nullable Channel channel,
			@Nullable BodyKind bodyKind, @Nullable Long programmeId) {

		public Filter {
			agencyIds = agencyIds == null ? null : Set.copyOf(agencyIds);
		}

		public Filter(Instant from, Instant to, @Nullable Set<Long> agencyIds, @Nullable String regionCode,
				@Nullable String categoryCode) {
			this(from, to, agencyIds, regionCode, categoryCode, null, null, null, null);
		}

		/** All reports submitted in {@code [from, to)}. */
		public static Filter between(Instant from, Instant to) {
			return new Filter(from, to, null, null, null);
		}
	}

	/** Waiting for verification or for follow-up: the red, yellow and unverified reports. */
	private static final String OPEN = "('SUBMITTED', 'AWAITING_VERIFICATION', 'ASSIGNED', 'REOPENED', 'IN_PROGRESS')";

	private final NamedParameterJdbcTemplate jdbc;
	private final Clock clock;

	ReportStatistics(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The counts per group and of all groups together. */
	public record Counts(List<StatisticsRow> groups, StatisticsRow total) {}

	public Counts count(GroupBy groupBy, Filter filter) {

		var parameters = new MapSqlParameterSource();
		var where = where(filter, parameters);

		// One pass: the groups and, through the empty grouping set, the total (percentiles cannot be summed).
		var sql = """
				select %1$s as key,
				       grouping(%1$s) = 1 as total,
				       count(*) as received,
				       count(*) filter (where status in ('SUBMITTED', 'AWAITING_VERIFICATION')) as unverified,
				       count(*) filter (where status in ('ASSIGNED', 'REOPENED')) as red,
				       count(*) filter (where status = 'IN_PROGRESS') as yellow,
				       count(*) filter (where status in ('COMPLETED', 'CLOSED')) as green,
				       count(*) filter (where status = 'POSTPONED') as postponed,
				       count(*) filter (where status = 'ARCHIVED') as archived,
				       count(*) filter (where next_due_at < :now) as overdue,
				       count(*) filter (where status in ('COMPLETED', 'CLOSED')
				                          and followed_up_at <= follow_up_due_at
				                          and completed_at <= resolution_due_at) as completed_on_time,
				       count(*) filter (where reopened_count > 0) as reopened,
				       count(*) filter (where status in %2$s
				                          and submitted_at > cast(:now as timestamptz) - interval '28 days') as open_fresh,
				       count(*) filter (where status in %2$s
				                          and submitted_at <= cast(:now as timestamptz) - interval '28 days'
				                          and last_changed_at > cast(:now as timestamptz) - interval '56 days') as open_older,
				       count(*) filter (where status in %2$s
				                          and last_changed_at <= cast(:now as timestamptz) - interval '56 days') as open_stale,
				       count(rating) as ratings,
				       avg(rating)::float8 as average_rating,
				       percentile_cont(0.5) within group (order by wf.ordinal - ws.ordinal) as response_median,
				       percentile_cont(0.9) within group (order by wf.ordinal - ws.ordinal) as response_p90,
				       percentile_cont(0.5) within group (order by wc.ordinal - ws.ordinal)
				           filter (where status in ('COMPLETED', 'CLOSED')) as completion_median,
				       percentile_cont(0.9) within group (order by wc.ordinal - ws.ordinal)
				           filter (where status in ('COMPLETED', 'CLOSED')) as completion_p90
				from reports r
				left join working_day_index ws on ws.day = (r.submitted_at at time zone 'Asia/Jakarta')::date
				left join working_day_index wf on wf.day = (r.followed_up_at at time zone 'Asia/Jakarta')::date
				left join working_day_index wc on wc.day = (r.completed_at at time zone 'Asia/Jakarta')::date
				where %3$s
				group by grouping sets ((%1$s), ())
				order by 2, 1""".formatted(groupBy.expression, OPEN, String.join(" and ", where));

		var rows = jdbc.query(sql, parameters, (row, number) -> new Counted(row.getBoolean("total"), new StatisticsRow(
				row.getBoolean("total") ? "total" : String.valueOf(row.getString("key")), row.getLong("received"),
				row.getLong("unverified"), row.getLong("red"), row.getLong("yellow"), row.getLong("green"),
				row.getLong("postponed"), row.getLong("archived"), row.getLong("overdue"),
				row.getLong("completed_on_time"), row.getLong("reopened"), row.getLong("ratings"),
				nullableDouble(row, "average_rating"),
				new StatisticsRow.OpenAge(row.getLong("open_fresh"), row.getLong("open_older"), row.getLong("open_stale")),
				new StatisticsRow.Durations(nullableDouble(row, "response_median"), nullableDouble(row, "response_p90"),
						nullableDouble(row, "completion_median"), nullableDouble(row, "completion_p90")))));
		return new Counts(rows.stream().filter(counted -> !counted.total()).map(Counted::row).toList(),
				rows.stream().filter(Counted::total).map(Counted::row).findFirst().orElseThrow());
	}

	/** The conditions of a filter, adding their parameters. */
	private List<String> where(Filter filter, MapSqlParameterSource parameters) {
		var where = new ArrayList<String>(List.of("submitted_at >= :from", "submitted_at < :to"));
		parameters.addValue("from", Timestamp.from(filter.from()))
				.addValue("to", Timestamp.from(filter.to()))
				.addValue("now", Timestamp.from(clock.instant()));
		if (filter.agencyIds() != null) {
			where.add(filter.agencyIds().isEmpty() ? "false" : "agency_id in (:agencies)");
			parameters.addValue("agencies", filter.agencyIds());
		}
		if (filter.regionCode() != null) {
			where.add("(region_code = :region or region_code like :regionPrefix)");
			parameters.addValue("region", filter.regionCode()).addValue("regionPrefix", filter.regionCode() + ".%");
		}
		if (filter.categoryCode() != null) {
			where.add("category_code in (select code from categories where code = :category or parent_code = :category)");
			parameters.addValue("category", filter.categoryCode());
		}
		if (filter.classification() != null) {
			where.add("classification = :classification");
			parameters.addValue("classification", filter.classification().name());
		}
		if (filter.channel() != null) {
			where.add("channel = :channel");
			parameters.addValue("channel", filter.channel().name());
		}
		if (filter.programmeId() != null) {
			where.add("id in (select report_id from report_programmes where programme_id = :programme)");
			parameters.addValue("programme", filter.programmeId());
		}
		if (filter.bodyKind() != null) {
			where.add("agency_id in (select a.id from agencies a where " + filter.bodyKind().condition("a") + ")");
		}
		return where;
	}

	/** A body with its reports past their current deadline now. */
	public record OverdueBody(long agencyId, long overdue) {}

	/**
	 * The bodies with the most reports past their current deadline now, among the reports the filter selects (its
	 * period counts by submission, as everywhere).
	 */
	public List<OverdueBody> worstOverdue(Filter filter, int limit) {
		var parameters = new MapSqlParameterSource("limit", limit);
		var where = where(filter, parameters);
		where.add("next_due_at < :now");
		return jdbc.query("""
				select agency_id, count(*) as overdue from reports r where %s
				group by agency_id order by 2 desc, 1 limit :limit""".formatted(String.join(" and ", where)), parameters,
				(row, number) -> new OverdueBody(row.getLong("agency_id"), row.getLong("overdue")));
	}

	/**
	 * How many of the reports the filter selects (ignoring its bodies and kind of body) each of the given bodies
	 * declined and forwarded to another body ("bukan wewenang"), by body id. Such reports count at the body that has
	 * them now everywhere else.
	 */
	public Map<Long, Long> forwardedOut(Filter filter, Collection<Long> bodies) {
		if (bodies.isEmpty()) {
			return Map.of();
		}
		var parameters = new MapSqlParameterSource("bodies", bodies);
		var where = where(new Filter(filter.from(), filter.to(), null, filter.regionCode(), filter.categoryCode(),
				filter.classification(), filter.channel(), null, filter.programmeId()), parameters);
		var counts = new HashMap<Long, Long>();
		jdbc.query("""
				select h.from_agency_id, count(distinct h.report_id) as forwarded from report_history h
				where h.action = 'FORWARDED' and h.from_agency_id in (:bodies)
				  and h.report_id in (select id from reports where %s)
				group by h.from_agency_id""".formatted(String.join(" and ", where)), parameters,
				(RowCallbackHandler) row -> counts.put(row.getLong("from_agency_id"), row.getLong("forwarded")));
		return counts;
	}

	private record Counted(boolean total, StatisticsRow row) {}

	private static @Nullable Double nullableDouble(ResultSet row, String column) throws SQLException {
		var value = row.getDouble(column);
		return row.wasNull() ? null : value;
	}

	/** The current instant the counts are as of. */
	public Instant asOf() {
		return clock.instant();
	}
}

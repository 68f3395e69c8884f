package id.lapor.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import id.lapor.report.ReportStatistics.Filter;
import id.lapor.report.ReportStatistics.GroupBy;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts reports from the report table itself, into {@link Tally tallies} by group key: what the monthly rollups
 * hold (counts and histograms of working days, fixed once the reports are), and what depends on the current time
 * (overdue, age of open work), always counted live. The definitions of the indicators' counts live here and in
 * {@link Tally}; the rollups are computed with the same queries.
 */
@Component
class ReportTallies {

	/** Waiting for verification or for follow-up: the red, yellow and unverified reports. */
	static final String OPEN = "('SUBMITTED', 'AWAITING_VERIFICATION', 'ASSIGNED', 'REOPENED', 'IN_PROGRESS')";

	/** A part of the period: submitted in {@code [from, to)}. */
	record Range(Instant from, Instant to) {}

	private final NamedParameterJdbcTemplate jdbc;

	ReportTallies(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the counts and histograms of the reports submitted in the given ranges the filter selects. */
	void countFixed(GroupBy groupBy, Filter filter, List<Range> ranges, Map<String, Tally> tallies) {
		if (ranges.isEmpty()) {
			return;
		}
		var parameters = new MapSqlParameterSource();
		var where = conditions(filter, parameters);
		where.add(period(ranges, parameters));
		var conditions = String.join(" and ", where);

		jdbc.query("""
				select %1$s as key,
				       count(*) as received,
				       count(*) filter (where status in ('SUBMITTED', 'AWAITING_VERIFICATION')) as unverified,
				       count(*) filter (where status in ('ASSIGNED', 'REOPENED')) as red,
				       count(*) filter (where status = 'IN_PROGRESS') as yellow,
				       count(*) filter (where status in ('COMPLETED', 'CLOSED')) as green,
				       count(*) filter (where status = 'POSTPONED') as postponed,
				       count(*) filter (where status = 'ARCHIVED') as archived,
				       count(*) filter (where status in ('COMPLETED', 'CLOSED')
				                          and followed_up_at <= follow_up_due_at
				                          and completed_at <= resolution_due_at) as completed_on_time,
				       count(*) filter (where reopened_count > 0) as reopened,
				       count(rating) as ratings,
				       coalesce(sum(rating), 0) as rating_sum
				from reports r
				where %2$s
				group by 1""".formatted(groupBy.expression(), conditions), parameters, (RowCallbackHandler) row -> {
			var tally = tallies.computeIfAbsent(String.valueOf(row.getString("key")), key -> new Tally());
			tally.received += row.getLong("received");
			tally.unverified += row.getLong("unverified");
			tally.red += row.getLong("red");
			tally.yellow += row.getLong("yellow");
			tally.green += row.getLong("green");
			tally.postponed += row.getLong("postponed");
			tally.archived += row.getLong("archived");
			tally.completedOnTime += row.getLong("completed_on_time");
			tally.reopened += row.getLong("reopened");
			tally.ratings += row.getLong("ratings");
			tally.ratingSum += row.getLong("rating_sum");
		});

		// Working days to the first follow-up (every report followed up) and to completion (completed reports), as
		// histograms: hashed, and the percentiles of any set of groups or months stay exact.
		jdbc.query("""
				select %1$s as key, m.completion, m.days, count(*) as reports
				from reports r
				left join working_day_index ws on ws.day = (r.submitted_at at time zone 'Asia/Jakarta')::date
				left join working_day_index wf on wf.day = (r.followed_up_at at time zone 'Asia/Jakarta')::date
				left join working_day_index wc on wc.day = (r.completed_at at time zone 'Asia/Jakarta')::date
				cross join lateral (values (false, wf.ordinal - ws.ordinal),
				                           (true, case when r.status in ('COMPLETED', 'CLOSED')
				                                       then wc.ordinal - ws.ordinal end)) m (completion, days)
				where %2$s and (r.followed_up_at is not null or r.completed_at is not null) and m.days is not null
				group by 1, 2, 3""".formatted(groupBy.expression(), conditions), parameters,
				(RowCallbackHandler) row -> {
					var tally = tallies.computeIfAbsent(String.valueOf(row.getString("key")), key -> new Tally());
					(row.getBoolean("completion") ? tally.completion : tally.response)
							.add(row.getInt("days"), row.getLong("reports"));
				});
	}

	/**
	 * Adds what depends on the current time, over the reports of the whole period: past their current deadline, and
	 * the age of the open ones. Reads only open reports and those with a deadline passed (partial indexes).
	 */
	void countLive(GroupBy groupBy, Filter filter, Instant now, Map<String, Tally> tallies) {
		var parameters = new MapSqlParameterSource("now", Timestamp.from(now));
		var where = conditions(filter, parameters);
		where.add(period(List.of(new Range(filter.from(), filter.to())), parameters));
		where.add("(status in " + OPEN + " or next_due_at < :now)");
		jdbc.query("""
				select %1$s as key,
				       count(*) filter (where next_due_at < :now) as overdue,
				       count(*) filter (where status in %2$s
				                          and submitted_at > cast(:now as timestamptz) - interval '28 days') as open_fresh,
				       count(*) filter (where status in %2$s
				                          and submitted_at <= cast(:now as timestamptz) - interval '28 days'
				                          and last_changed_at > cast(:now as timestamptz) - interval '56 days') as open_older,
				       count(*) filter (where status in %2$s
				                          and last_changed_at <= cast(:now as timestamptz) - interval '56 days') as open_stale
				from reports r
				where %3$s
				group by 1""".formatted(groupBy.expression(), OPEN, String.join(" and ", where)), parameters,
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

	/** The conditions of a filter besides its period, adding their parameters. */
	static List<String> conditions(Filter filter, MapSqlParameterSource parameters) {
		var where = new ArrayList<String>();
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
			where.add("r.id in (select report_id from report_programmes where programme_id = :programme)");
			parameters.addValue("programme", filter.programmeId());
		}
		if (filter.bodyKind() != null) {
			where.add("agency_id in (select a.id from agencies a where " + filter.bodyKind().condition("a") + ")");
		}
		return where;
	}
}

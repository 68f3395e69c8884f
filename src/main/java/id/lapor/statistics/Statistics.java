package id.lapor.statistics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import id.lapor.report.ColourCounts;
import id.lapor.statistics.ReportRollup.Dimension;
import id.lapor.statistics.ReportRollup.Grain;
import id.lapor.system.ReadFromReplica;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistics' query API: counts reports by group for the monitoring indicators, from the yearly, monthly and daily rollups and the changes
 * logged since where they answer ({@link ReportRollup}) and from the report table for the rest (working days from
 * {@code working_day_index}, WIB dates). Groups and filters are fixed expressions chosen here, never SQL from a
 * caller.
 */
@Service
@Transactional(readOnly = true)
@ReadFromReplica
public class Statistics {

	/** Later than any report's submission, for counts of all reports. */
	private static final Instant ALL_TIME_END = Instant.parse("3000-01-01T00:00:00Z");

	private final NamedParameterJdbcTemplate jdbc;
	private final ReportTallies tallies;
	private final ReportRollup rollup;
	private final OverdueRollup overdue;
	private final Clock clock;

	Statistics(NamedParameterJdbcTemplate jdbc, ReportTallies tallies, ReportRollup rollup,
			OverdueRollup overdue, Clock clock) {
		this.jdbc = jdbc;
		this.tallies = tallies;
		this.rollup = rollup;
		this.overdue = overdue;
		this.clock = clock;
	}

	/**
	 * The counts per group (sorted by key) and of all groups together.
	 *
	 * @param yearsFromRollup how many years of the period were read from the yearly rollups rather than counted from
	 * the reports
	 * @param monthsFromRollup how many months of the rest were read from the monthly rollups
	 * @param daysFromRollup how many days of the rest of the period were read from the daily rollups
	 */
	public record Counts(List<StatisticsRow> groups, StatisticsRow total, int yearsFromRollup, int monthsFromRollup,
			int daysFromRollup) {}

	/**
	 * Counts the reports the filter selects, by group: the whole years, then months, then days of the period whose
	 * rollup was computed from those rollups with the changes logged since (each when one rollup dimension covers the
	 * grouping and the filter), what is left from the reports, and what depends on the current time from the open
	 * reports. One snapshot (repeatable read), so the parts fit together and the figures equal a fresh count of the
	 * reports ({@link #countFromReports}).
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Counts count(GroupBy groupBy, Filter filter) {
		return count(groupBy, filter, Detail.FULL);
	}

	/** How much of the indicators a count reads. */
	public enum Detail {
		/** Every indicator. */
		FULL(true, true),
		/**
		 * All but the percentiles of working days (empty in the rows): for pages that show none over many groups, such
		 * as the ranking of all bodies, whose histograms would be most of what is read.
		 */
		WITHOUT_DURATIONS(true, false),
		/**
		 * Only what is fixed once the reports are (received, the status buckets, completed on time, reopened,
		 * ratings): no percentiles, and no overdue or age of open work (zero in the rows), so no true on-time rate —
		 * for trends and outcome tables that show counts, follow-up and completion rates.
		 */
		FIXED_COUNTS(false, false);

		private final boolean live;
		private final boolean durations;

		Detail(boolean live, boolean durations) {
			this.live = live;
			this.durations = durations;
		}
	}

	/** The counts with only the given detail (see {@link Detail} for what the rows then leave empty). */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Counts count(GroupBy groupBy, Filter filter, Detail detail) {
		return count(groupBy, filter, detail.live, detail.durations);
	}

	/**
	 * The counts of all reports the filter selects, without groups: grouped by whatever a rollup answers under this
	 * filter, so that it is read from the rollups wherever they can be.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public StatisticsRow total(Filter filter) {
		var groupBy = Stream.of(GroupBy.CLASSIFICATION, GroupBy.PROVINCE, GroupBy.CATEGORY, GroupBy.CHANNEL,
						GroupBy.BODY)
				.filter(candidate -> Dimension.covering(candidate, filter, Grain.MONTH).isPresent())
				.findFirst().orElse(GroupBy.CLASSIFICATION);
		return count(groupBy, filter, true, true).total();
	}

	/** All reports by colour, whenever they were sent (from the rollups and the changes logged since). */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public ColourCounts colourCounts() {
		var all = count(GroupBy.CLASSIFICATION, Filter.between(Instant.EPOCH, ALL_TIME_END), false, false).total();
		// The red statuses are those of the buckets unverified, red and postponed (StatusBucket.of).
		return new ColourCounts(all.unverified() + all.red() + all.postponed(), all.yellow(), all.green(),
				all.archived());
	}

	/**
	 * @param live whether to count what depends on the current time too (overdue, age of open work)
	 * @param durations whether to count the histograms of working days, for the percentiles
	 */
	private Counts count(GroupBy groupBy, Filter filter, boolean live, boolean durations) {
		tallies.tuneForStatistics();
		var counted = new HashMap<String, Tally>();
		var read = rollup.read(groupBy, filter, new Range(filter.from(), filter.to()), durations, counted);
		tallies.countFixed(groupBy, filter, read.rest(), durations, counted);
		if (live) {
			tallies.countLive(groupBy, filter, clock.instant(), counted);
		}
		return counts(counted, read.years(), read.months(), read.days());
	}

	/** The same counts from the reports alone, never from the rollups: for the benchmark and the rollup tests. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public Counts countFromReports(GroupBy groupBy, Filter filter) {
		tallies.tuneForStatistics();
		var counted = new HashMap<String, Tally>();
		tallies.countFixed(groupBy, filter, List.of(new Range(filter.from(), filter.to())), true, counted);
		tallies.countLive(groupBy, filter, clock.instant(), counted);
		return counts(counted, 0, 0, 0);
	}

	private static Counts counts(Map<String, Tally> counted, int yearsFromRollup, int monthsFromRollup,
			int daysFromRollup) {
		var total = new Tally();
		var groups = new ArrayList<StatisticsRow>(counted.size());
		new TreeMap<>(counted).forEach((key, tally) -> {
			if (tally.received == 0) {
				// A group whose reports all went elsewhere since its rollup (a body's report forwarded): a fresh count
				// has no such group.
				return;
			}
			total.add(tally);
			groups.add(tally.toRow(key));
		});
		return new Counts(groups, total.toRow("total"), yearsFromRollup, monthsFromRollup, daysFromRollup);
	}

	/** The conditions of a filter with its period, adding their parameters. */
	private List<String> where(Filter filter, MapSqlParameterSource parameters) {
		var where = ReportTallies.conditions(filter, parameters);
		where.add(ReportTallies.period(List.of(new Range(filter.from(), filter.to())), parameters));
		parameters.addValue("now", Timestamp.from(clock.instant()));
		return where;
	}

	/**
	 * The bodies with the most reports past their current deadline now, among the reports the filter selects (its
	 * period counts by submission, as everywhere): from the overdue rollup where it answers ({@link OverdueRollup}),
	 * else from the reports.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public List<OverdueAgency> worstOverdue(Filter filter, int limit) {
		tallies.tuneForStatistics();
		return overdue.worst(filter, limit).orElseGet(() -> countWorstOverdue(filter, limit));
	}

	/** The same from the reports alone, never from the overdue rollup: for the benchmark and the rollup tests. */
	public List<OverdueAgency> worstOverdueFromReports(Filter filter, int limit) {
		tallies.tuneForStatistics();
		return countWorstOverdue(filter, limit);
	}

	private List<OverdueAgency> countWorstOverdue(Filter filter, int limit) {
		var parameters = new MapSqlParameterSource("limit", limit);
		var where = where(filter, parameters);
		where.add("next_due_at < :now");
		where.add("agency_id is not null");
		return jdbc.query("""
				select agency_id, count(*) as overdue from reports r where %s
				group by agency_id order by 2 desc, 1 limit :limit""".formatted(String.join(" and ", where)), parameters,
				(row, number) -> new OverdueAgency(row.getLong("agency_id"), row.getLong("overdue")));
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
		tallies.tuneForStatistics();
		var parameters = new MapSqlParameterSource("bodies", bodies);
		var where = where(new Filter(filter.from(), filter.to(), null, filter.regionCode(), filter.categoryCode(),
				filter.classification(), filter.channel(), null, filter.programmeId()), parameters);
		var counts = new HashMap<Long, Long>();
		jdbc.query("""
				select h.from_agency_id, count(distinct h.report_id) as forwarded from report_history h
				where h.action = 'FORWARDED' and h.from_agency_id in (:bodies)
				  and h.report_id in (select r.id from reports r where %s)
				group by h.from_agency_id""".formatted(String.join(" and ", where)), parameters,
				(RowCallbackHandler) row -> counts.put(row.getLong("from_agency_id"), row.getLong("forwarded")));
		return counts;
	}

	/** The current instant the counts are as of. */
	public Instant asOf() {
		return clock.instant();
	}
}

package id.lapor.statistics;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reports past their deadline now by body, without reading every overdue report. A report is overdue now when its
 * deadline lies before now, so the count splits at the instant {@code due_before} of the last refresh: the reports due
 * before it are the refresh's count ({@code report_overdue_rollup}, by body and region) plus the changes of
 * deadline, body or region logged since ({@code report_deadline_changes}); the reports due between it and now are
 * counted live from the reports (a few minutes of deadlines). The refresh counts and empties the log in one
 * repeatable-read snapshot, so a change it did not see stays logged; the figures equal a fresh count whenever the
 * refresh ran.
 */
@Component
public class OverdueRollup {

	private static final Logger LOG = LoggerFactory.getLogger(OverdueRollup.class);

	private final NamedParameterJdbcTemplate jdbc;
	private final ReportTallies tallies;
	private final Clock clock;
	private final TransactionTemplate transactions;

	OverdueRollup(NamedParameterJdbcTemplate jdbc, ReportTallies tallies, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.tallies = tallies;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/**
	 * Counts the reports due before now by body and region again and deletes the deadline changes its snapshot saw.
	 * One refresh at a time: a concurrent one (or one whose snapshot predates another's commit) does nothing.
	 *
	 * @return the rows written
	 */
	public long refresh() {
		try {
			return Objects.requireNonNull(transactions.execute(status -> {
				if (!Boolean.TRUE.equals(jdbc.getJdbcTemplate().queryForObject(
						"select pg_try_advisory_xact_lock(hashtext('report_overdue_rollup'))", Boolean.class))) {
					return 0L;
				}
				tallies.tuneForStatistics();
				tallies.withoutStatementTimeout();
				var now = new MapSqlParameterSource("now", Timestamp.from(clock.instant()));
				jdbc.getJdbcTemplate().update("delete from report_overdue_rollup");
				long rows = jdbc.update("""
						insert into report_overdue_rollup (agency_id, region_code, overdue)
						select agency_id, region_code, count(*) from reports
						where next_due_at < :now and agency_id is not null
						group by agency_id, region_code""", now);
				// Repeatable read: deletes the changes this snapshot saw only; a change committed since stays logged.
				jdbc.getJdbcTemplate().update("delete from report_deadline_changes");
				jdbc.update("""
						insert into report_overdue_rollup_state (due_before) values (:now)
						on conflict (singleton) do update set due_before = excluded.due_before""", now);
				return rows;
			}));
		} catch (ConcurrencyFailureException | DuplicateKeyException e) {
			LOG.info("Overdue rollup refresh overlapped another one; left for the next run: {}", e.getMessage());
			return 0;
		}
	}

	/**
	 * The bodies with the most reports past their deadline now among those the filter selects, or nothing when the
	 * rollup cannot tell: not computed yet, or a filter it does not hold (category, classification, channel,
	 * programme, or a period that leaves out reports). The instant, the rollup, the log and the reports due since are
	 * read in one statement, so from one snapshot; {@code Statistics.worstOverdue} calls it in a repeatable-read
	 * transaction, so that the checks before it see the same.
	 */
	public Optional<List<OverdueAgency>> worst(Filter filter, int limit) {
		if (filter.categoryCode() != null || filter.classification() != null || filter.channel() != null
				|| filter.programmeId() != null) {
			return Optional.empty();
		}
		var computed = jdbc.getJdbcTemplate().queryForObject(
				"select exists (select 1 from report_overdue_rollup_state)", Boolean.class);
		var parameters = new MapSqlParameterSource("from", Timestamp.from(filter.from()))
				.addValue("to", Timestamp.from(filter.to()));
		if (!Boolean.TRUE.equals(computed) || !Boolean.TRUE.equals(jdbc.queryForObject("""
				select not exists (select 1 from reports where submitted_at < :from)
				   and not exists (select 1 from reports where submitted_at >= :to)""", parameters, Boolean.class))) {
			return Optional.empty();
		}
		parameters.addValue("now", Timestamp.from(clock.instant())).addValue("limit", limit);
		var where = ReportTallies.conditions(filter, parameters);
		where.add("agency_id is not null");
		return Optional.of(jdbc.query("""
				with state as (select due_before from report_overdue_rollup_state)
				select agency_id, sum(overdue) as overdue from (
				    select agency_id, overdue from report_overdue_rollup where exists (select 1 from state) and %1$s
				    union all
				    select agency_id, sum(sign) from report_deadline_changes
				    where next_due_at < (select due_before from state) and %1$s group by agency_id
				    union all
				    select agency_id, count(*) filter (where next_due_at >= (select due_before from state))
				                      - count(*) filter (where next_due_at >= cast(:now as timestamptz))
				    from reports
				    where next_due_at >= least((select due_before from state), cast(:now as timestamptz))
				      and next_due_at < greatest((select due_before from state), cast(:now as timestamptz)) and %1$s
				    group by agency_id) parts
				group by agency_id having sum(overdue) > 0
				order by 2 desc, 1 limit :limit""".formatted(String.join(" and ", where)), parameters,
				(row, number) -> new OverdueAgency(row.getLong("agency_id"), row.getLong("overdue"))));
	}
}

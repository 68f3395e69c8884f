package id.lapor.statistics;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import id.lapor.system.ReadFromReplica;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether bodies answer substantively or normatively (KemenPAN-RB asks for substantive follow-up). An answer is
 * <b>boilerplate</b> when it is very short (fewer than {@value #SHORT_ANSWER} characters) or when the body sent the
 * same text (ignoring case and spacing) in at least {@value #REUSED_IN} different reports of the period. A completed
 * report <b>has no substantive answer</b> when all the body's answers to it are boilerplate, or there are none.
 * Counted per body over the reports submitted in the period, in one query.
 */
@Service
@Transactional(readOnly = true)
@ReadFromReplica
public class AnswerQuality {

	static final int SHORT_ANSWER = 60;
	static final int REUSED_IN = 3;

	/**
	 * @param answers the body's answers (responses to the reporter) to the period's reports
	 * @param boilerplate how many of them are boilerplate
	 * @param completed the period's reports the body completed
	 * @param completedWithoutSubstance how many of those have no substantive answer
	 */
	public record Row(long answers, long boilerplate, long completed, long completedWithoutSubstance) {

		public @Nullable Double boilerplateShare() {
			return answers == 0 ? null : (double) boilerplate / answers;
		}

		public @Nullable Double withoutSubstanceShare() {
			return completed == 0 ? null : (double) completedWithoutSubstance / completed;
		}
	}

	private final NamedParameterJdbcTemplate jdbc;

	AnswerQuality(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Per body id, for the reports submitted in {@code [from, to)} handled by the given bodies ({@code null}: all). */
	public Map<Long, Row> byAgency(Filter period) {
		var parameters = new MapSqlParameterSource("from", Timestamp.from(period.from()))
				.addValue("to", Timestamp.from(period.to())).addValue("short", SHORT_ANSWER)
				.addValue("reused", REUSED_IN);
		var bodies = "";
		Set<Long> agencyIds = period.agencyIds();
		if (agencyIds != null) {
			bodies = agencyIds.isEmpty() ? " and false" : " and r.agency_id in (:agencies)";
			parameters.addValue("agencies", agencyIds);
		}
		var sql = """
				with period as (
				    select r.id, r.agency_id, r.status from reports r
				    where r.submitted_at >= :from and r.submitted_at < :to and r.agency_id is not null%s),
				answers as (
				    select p.agency_id, p.id as report_id, length(btrim(m.body)) as length,
				           md5(regexp_replace(lower(btrim(m.body)), '\\s+', ' ', 'g')) as fingerprint
				    from period p join report_responses m on m.report_id = p.id and m.agency_id = p.agency_id
				    where m.kind = 'RESPONSE'),
				reused as (
				    select agency_id, fingerprint from answers
				    group by agency_id, fingerprint having count(distinct report_id) >= :reused),
				judged as (
				    select a.agency_id, a.report_id,
				           a.length < :short or u.fingerprint is not null as boilerplate
				    from answers a left join reused u on u.agency_id = a.agency_id and u.fingerprint = a.fingerprint),
				per_report as (
				    select p.agency_id, %s as completed,
				           coalesce(bool_or(not j.boilerplate), false) as substantive,
				           count(j.report_id) as answers, count(*) filter (where j.boilerplate) as boilerplate
				    from period p left join judged j on j.report_id = p.id
				    group by p.agency_id, p.id, p.status)
				select agency_id, sum(answers) as answers, sum(boilerplate) as boilerplate,
				       count(*) filter (where completed) as completed,
				       count(*) filter (where completed and not substantive) as without_substance
				from per_report group by agency_id""".formatted(bodies, StatusBucket.GREEN.condition());
		var rows = new HashMap<Long, Row>();
		jdbc.query(sql, parameters, resultSet -> {
			rows.put(resultSet.getLong("agency_id"), new Row(resultSet.getLong("answers"),
					resultSet.getLong("boilerplate"), resultSet.getLong("completed"),
					resultSet.getLong("without_substance")));
		});
		return rows;
	}
}

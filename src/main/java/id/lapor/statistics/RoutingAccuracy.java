package id.lapor.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import id.lapor.agency.AgencyKind;
import id.lapor.system.ReadFromReplica;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The router's live accuracy: of the reports routing gave straight to a body, the share no body declined since
 * ("bukan wewenang kami"), by kind of routed body and by category. A report that went to verification instead is
 * not counted (a person decided its body); a hand-down to the body's own unit (disposisi) is no decline. Counts only
 * reports submitted since the routed body was recorded (V37).
 */
@Service
@Transactional(readOnly = true)
@ReadFromReplica
public class RoutingAccuracy {

	/** How many categories the dashboard lists: those with the most routed reports. */
	static final int CATEGORIES = 10;

	/**
	 * @param key the kind of body ({@link AgencyKind} name) or the category code; {@code null} for the total
	 * @param routed reports routing gave straight to a body
	 * @param stayed of those, the reports no body declined
	 */
	public record Row(@Nullable String key, long routed, long stayed) {

		/** The share that stayed, in percent. */
		public double percentStayed() {
			return routed == 0 ? 0 : 100.0 * stayed / routed;
		}
	}

	/** The report table's columns, the body being the one routing gave the report to. */
	private static final ReportTallies.Columns ROUTED = new ReportTallies.Columns("r.routed_agency_id", "r.region_code",
			"r.category_code", "r.classification", "r.channel", "r.id");

	private final NamedParameterJdbcTemplate jdbc;

	RoutingAccuracy(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Per kind of routed body and in total (last row), for reports submitted in [from, to) in a region. */
	public List<Row> byBodyKind(Instant from, Instant to, @Nullable String regionCode, @Nullable Set<Long> bodies) {
		var parameters = new MapSqlParameterSource();
		var sql = """
				select %1$s as key, grouping(%1$s) = 1 as total, count(*) as routed, count(*) filter (where not r.declined) as stayed
				from reports r join agencies a on a.id = r.routed_agency_id
				where %2$s
				group by grouping sets ((%1$s), ())
				order by 2, 1""".formatted(AgencyKind.expression("a"), where(from, to, regionCode, bodies, parameters));
		return jdbc.query(sql, parameters, (row, number) -> new Row(row.getBoolean("total") ? null : row.getString("key"),
				row.getLong("routed"), row.getLong("stayed")));
	}

	/** The {@value #CATEGORIES} categories with the most routed reports in [from, to) in a region, most first. */
	public List<Row> byCategory(Instant from, Instant to, @Nullable String regionCode, @Nullable Set<Long> bodies) {
		var parameters = new MapSqlParameterSource("limit", CATEGORIES);
		var sql = """
				select r.category_code as key, count(*) as routed, count(*) filter (where not r.declined) as stayed
				from reports r
				where %s
				group by r.category_code
				order by routed desc, key
				limit :limit""".formatted(where(from, to, regionCode, bodies, parameters));
		return jdbc.query(sql, parameters, (row, number) -> new Row(row.getString("key"), row.getLong("routed"),
				row.getLong("stayed")));
	}

	/** Routed reports of the period, with the region and bodies conditions every statistic uses (ReportTallies). */
	private static String where(Instant from, Instant to, @Nullable String regionCode, @Nullable Set<Long> bodies,
			MapSqlParameterSource parameters) {
		var where = new ArrayList<>(List.of("r.routed_agency_id is not null", "r.submitted_at >= :from",
				"r.submitted_at < :to"));
		parameters.addValue("from", Timestamp.from(from)).addValue("to", Timestamp.from(to));
		where.addAll(ReportTallies.conditions(new Filter(from, to, bodies, regionCode, null), parameters, ROUTED));
		return String.join(" and ", where);
	}
}

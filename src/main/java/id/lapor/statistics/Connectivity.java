package id.lapor.statistics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
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
 * Connectivity (keterhubungan) of the bodies in the catalogue: how many are connected (have at least one enabled
 * liaison account) and how many are actively managed (one of their liaison officers logged in within the last
 * {@value #ACTIVE_DAYS} days), per kind of body. One aggregate query over the active bodies, part of this module's
 * declared read model ({@code accounts} and {@code agencies}).
 */
@Service
@Transactional(readOnly = true)
@ReadFromReplica
public class Connectivity {

	public static final int ACTIVE_DAYS = 30;

	/**
	 * @param kind the kind of body, {@code null} for the total
	 */
	public record Row(@Nullable AgencyKind kind, long bodies, long connected, long active) {
	}

	private final NamedParameterJdbcTemplate jdbc;
	private final Clock clock;

	Connectivity(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Per kind of body and in total (last row), for the bodies of a region (a province includes its regencies),
	 * optionally only the given ones (a body administrator's scope).
	 */
	public List<Row> byKind(@Nullable String regionCode, @Nullable Set<Long> bodies) {
		var where = new ArrayList<String>(List.of("a.active"));
		var parameters = new MapSqlParameterSource("since",
				Timestamp.from(clock.instant().minus(Duration.ofDays(ACTIVE_DAYS))));
		if (regionCode != null) {
			where.add("(a.region_code = :region or a.region_code like :regionPrefix)");
			parameters.addValue("region", regionCode).addValue("regionPrefix", regionCode + ".%");
		}
		if (bodies != null) {
			where.add(bodies.isEmpty() ? "false" : "a.id in (:bodies)");
			parameters.addValue("bodies", bodies);
		}
		var sql = """
				with staffed as (
				    select s.agency_id, max(s.last_login_at) as last_login
				    from accounts s where s.role = 'LIAISON' and s.enabled group by s.agency_id)
				select %1$s as kind, grouping(%1$s) = 1 as total,
				       count(*) as bodies,
				       count(st.agency_id) as connected,
				       count(*) filter (where st.last_login > :since) as active
				from agencies a left join staffed st on st.agency_id = a.id
				where %2$s
				group by grouping sets ((%1$s), ())
				order by 2, 1""".formatted(AgencyKind.expression("a"), String.join(" and ", where));
		return jdbc.query(sql, parameters, (row, number) -> new Row(
				row.getBoolean("total") || row.getString("kind") == null ? null : AgencyKind.valueOf(row.getString("kind")),
				row.getLong("bodies"), row.getLong("connected"), row.getLong("active")));
	}
}

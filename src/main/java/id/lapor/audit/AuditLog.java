package id.lapor.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and reads the audit log. A record joins the caller's transaction: a change that rolls back leaves no
 * record, and a recorded change cannot commit without its record.
 */
@Service
@Transactional
public class AuditLog {

	static final int TARGET_LENGTH = 200;
	static final int DETAIL_LENGTH = 1000;

	private final NamedParameterJdbcTemplate jdbc;
	private final Clock clock;

	AuditLog(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void record(AuditAction action, @Nullable UUID actorId, String target, @Nullable String detail) {
		jdbc.update("""
				insert into audit_events (occurred_at, actor_id, action, target, detail)
				values (:at, :actor, :action, :target, :detail)""",
				new MapSqlParameterSource("at", Timestamp.from(clock.instant()))
						.addValue("actor", actorId)
						.addValue("action", action.name())
						.addValue("target", cut(target, TARGET_LENGTH))
						.addValue("detail", detail == null ? null : cut(detail, DETAIL_LENGTH)));
	}

	/**
	 * The newest entries first, optionally only some actions or one actor.
	 *
	 * @param actions the actions to show, empty for all
	 */
	@Transactional(readOnly = true)
	public Page<AuditEntry> find(Set<AuditAction> actions, @Nullable UUID actorId, Pageable pageable) {

		var where = new ArrayList<String>(List.of("true"));
		var parameters = new MapSqlParameterSource();
		if (!actions.isEmpty()) {
			where.add("action in (:actions)");
			parameters.addValue("actions", actions.stream().map(Enum::name).toList());
		}
		if (actorId != null) {
			where.add("actor_id = :actor");
			parameters.addValue("actor", actorId);
		}
		var condition = String.join(" and ", where);
		var total = jdbc.queryForObject("select count(*) from audit_events where " + condition, parameters, Long.class);
		var rows = jdbc.query("select id, occurred_at, actor_id, action, target, detail from audit_events where "
				+ condition + " order by id desc limit :limit offset :offset",
				parameters.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset()),
				(row, number) -> new AuditEntry(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(),
						row.getObject("actor_id", UUID.class), AuditAction.valueOf(row.getString("action")),
						row.getString("target"), row.getString("detail")));
		return new PageImpl<>(rows, pageable, total == null ? 0 : total);
	}

	private static String cut(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}
}

package id.lapor.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import id.lapor.account.AccountDirectory;
import id.lapor.account.LaporUser;
import id.lapor.account.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reprimands (teguran): the national administrator or a supervisor reminds a body, on record, of its overdue reports.
 * The reprimand is kept, every report it covers gets a {@link HistoryAction#REPRIMANDED} entry, and the body's
 * liaison officers are told ({@link AgencyReprimanded}).
 */
@Service
@Transactional(readOnly = true)
public class Reprimands {

	public static final int MAX_MESSAGE_LENGTH = 2000;

	private final NamedParameterJdbcTemplate jdbc;
	private final AccountDirectory accounts;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Reprimands(NamedParameterJdbcTemplate jdbc, AccountDirectory accounts, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sends a reprimand about the body's reports that are past their deadline now. Sending the same form twice (a
	 * double-click) records it once.
	 *
	 * @param formId identifies the form the reprimand was written in
	 * @return how many overdue reports the reprimand covers (0 when the body has none: nothing is sent)
	 */
	@Transactional
	public int send(long agencyId, LaporUser sender, UUID formId, String message) {
		if (!sender.hasRole(Role.ADMIN) && !sender.hasRole(Role.SUPERVISOR)) {
			throw new IllegalArgumentException(sender + " may not reprimand bodies");
		}
		var text = message.strip();
		if (text.isEmpty() || text.length() > MAX_MESSAGE_LENGTH) {
			throw new IllegalArgumentException("a reprimand needs a message of at most " + MAX_MESSAGE_LENGTH + " characters");
		}
		var now = Timestamp.from(clock.instant());
		var parameters = new MapSqlParameterSource().addValue("agency", agencyId).addValue("now", now)
				.addValue("form", formId).addValue("sender", sender.id()).addValue("message", text);

		var overdue = jdbc.queryForObject("select count(*) from reports where agency_id = :agency and next_due_at < :now",
				parameters, Integer.class);
		if (overdue == null || overdue == 0) {
			return 0;
		}
		var ids = jdbc.queryForList("""
				insert into reprimands (form_id, agency_id, sent_by, sent_at, message, report_count)
				values (:form, :agency, :sender, :now, :message, :count)
				on conflict (form_id) do nothing
				returning id""", parameters.addValue("count", overdue), Long.class);
		if (ids.isEmpty()) {
			return jdbc.queryForObject("select report_count from reprimands where form_id = :form", parameters,
					Integer.class);
		}
		jdbc.update("""
				insert into report_history (report_id, occurred_at, action, actor_id, agency_id, from_status, to_status,
				                            detail, note)
				select id, :now, 'REPRIMANDED', :sender, agency_id, status, status, :reprimand, :message
				from reports where agency_id = :agency and next_due_at < :now""",
				parameters.addValue("reprimand", Long.toString(ids.getFirst())));
		events.publishEvent(new AgencyReprimanded(ids.getFirst(), agencyId, overdue, text));
		return overdue;
	}

	/** The latest reprimands of a body, newest first. */
	public List<ReprimandView> latest(long agencyId, int limit) {
		record Row(long id, Timestamp sentAt, UUID sentBy, String message, int reportCount) {}
		var rows = jdbc.query("""
				select id, sent_at, sent_by, message, report_count from reprimands
				where agency_id = :agency order by sent_at desc, id desc limit :limit""",
				new MapSqlParameterSource().addValue("agency", agencyId).addValue("limit", limit),
				(row, number) -> new Row(row.getLong("id"), row.getTimestamp("sent_at"),
						row.getObject("sent_by", UUID.class), row.getString("message"), row.getInt("report_count")));
		var senders = accounts.findAll(rows.stream().map(Row::sentBy).distinct().toList());
		return rows.stream().map(row -> new ReprimandView(row.id(), row.sentAt().toInstant(),
				senders.containsKey(row.sentBy()) ? senders.get(row.sentBy()).fullName() : "",
				row.message(), row.reportCount())).toList();
	}
}

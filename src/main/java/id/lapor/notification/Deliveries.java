package id.lapor.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.lapor.report.TrackingNumber;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery records: one row per message (occurrence of an event, recipient, channel), with its state, attempts
 * and last error.
 * <p>
 * A message is sent by whoever <em>claims</em> it: one {@code UPDATE} that moves it to {@code SENDING} for a lease,
 * which only one instance can win ({@code FOR UPDATE SKIP LOCKED}). The sending itself happens after that statement
 * committed, outside any transaction, and its outcome is written by another. An instance that dies while sending
 * leaves its claim to lapse; the message is then tried again (at least once, never twice at the same time).
 */
@Service
public class Deliveries {

	private static final String COLUMNS = """
			id, recipient, channel, state, attempts, last_error, created_at, sent_at, report_number, address""";

	private final JdbcClient jdbc;

	Deliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The messages about a report, oldest first. */
	@Transactional(readOnly = true)
	public List<Delivery> ofReport(UUID reportId) {
		return jdbc.sql("select " + COLUMNS + " from deliveries where report_id = ? order by id")
				.param(reportId).query(Deliveries::delivery).list();
	}

	/** The messages about a report, oldest first, for the staff handling it. */
	@Transactional(readOnly = true)
	public List<Delivery> ofReport(TrackingNumber number) {
		return jdbc.sql("select " + COLUMNS + " from deliveries where report_number = ? order by id")
				.param(number.value()).query(Deliveries::delivery).list();
	}

	/** Messages that failed or were given up, newest first: what the national administrator looks after. */
	@Transactional(readOnly = true)
	public Page<Delivery> unsuccessful(Pageable page) {
		var rows = jdbc.sql("select " + COLUMNS
				+ " from deliveries where state in ('FAILED', 'GIVEN_UP') order by id desc limit ? offset ?")
				.param(page.getPageSize()).param(page.getOffset()).query(Deliveries::delivery).list();
		long total = jdbc.sql("select count(*) from deliveries where state in ('FAILED', 'GIVEN_UP')")
				.query(Long.class).single();
		return new PageImpl<>(rows, page, total);
	}

	/** How many messages are in each state but {@code SENT} (read through the partial index of unsent rows); a state
	 * without messages is missing. */
	@Transactional(readOnly = true)
	public Map<Delivery.State, Long> unsentCounts() {
		var counts = new EnumMap<Delivery.State, Long>(Delivery.State.class);
		jdbc.sql("select state, count(*) from deliveries where state <> 'SENT' group by state")
				.query((ResultSet row) -> {
					counts.put(Delivery.State.valueOf(row.getString(1)), row.getLong(2));
				});
		return counts;
	}

	/**
	 * Stores the messages of one occurrence of an event; messages already stored (the event was replayed) are kept
	 * as they are.
	 *
	 * @return the ids of the messages of that occurrence still waiting for their first attempt
	 */
	@Transactional
	List<Long> add(List<Message> messages) {
		for (var message : messages) {
			jdbc.sql("""
					insert into deliveries (event_key, recipient, channel, report_id, report_number, address, subject,
					                        text)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (event_key, recipient, channel) do nothing""")
					.params(message.eventKey(), message.recipient(), message.channel().name(), message.reportId(),
							message.reportNumber(), message.address(), message.subject(), message.text())
					.update();
		}
		var keys = messages.stream().map(Message::eventKey).distinct().toList();
		return keys.isEmpty() ? List.of() : jdbc.sql("""
				select id from deliveries where event_key in (:keys) and state = 'PENDING' order by id""")
				.param("keys", keys).query(Long.class).list();
	}

	/** Claims the given messages that are due and not claimed by another instance. */
	List<Claimed> claim(Collection<Long> ids, Duration lease) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				update deliveries d
				set state = 'SENDING', attempts = d.attempts + 1, next_attempt_at = now() + make_interval(secs => :lease)
				from (select id from deliveries
				      where id in (:ids) and state in ('PENDING', 'FAILED', 'SENDING') and next_attempt_at <= now()
				      for update skip locked) due
				where d.id = due.id
				returning d.id, d.recipient, d.channel, d.address, d.subject, d.text, d.attempts""")
				.param("ids", ids).param("lease", lease.toSeconds()).query(Deliveries::claimed).list();
	}

	/** Claims up to {@code limit} messages that are due: failed ones whose back-off is over, lapsed claims. */
	List<Claimed> claimDue(int limit, Duration lease) {
		return jdbc.sql("""
				update deliveries d
				set state = 'SENDING', attempts = d.attempts + 1, next_attempt_at = now() + make_interval(secs => :lease)
				from (select id from deliveries
				      where state <> 'SENT' and next_attempt_at <= now()
				      order by next_attempt_at limit :limit
				      for update skip locked) due
				where d.id = due.id
				returning d.id, d.recipient, d.channel, d.address, d.subject, d.text, d.attempts""")
				.param("limit", limit).param("lease", lease.toSeconds()).query(Deliveries::claimed).list();
	}

	/** The message went out; a reporter's address is not kept beyond that. */
	void sent(long id) {
		jdbc.sql("""
				update deliveries
				set state = 'SENT', sent_at = now(), last_error = null, next_attempt_at = 'infinity',
				    address = case when recipient = :reporter then null else address end
				where id = :id and state = 'SENDING'""")
				.param("reporter", Message.REPORTER).param("id", id).update();
	}

	/** The attempt failed: try again after {@code retryAfter}, or give up (then a reporter's address is erased). */
	void failed(long id, String error, @Nullable Duration retryAfter) {
		jdbc.sql("""
				update deliveries
				set state = case when :giveUp then 'GIVEN_UP' else 'FAILED' end,
				    last_error = :error,
				    next_attempt_at = case when :giveUp then 'infinity'::timestamptz
				                           else now() + make_interval(secs => :retryAfter) end,
				    address = case when :giveUp and recipient = :reporter then null else address end
				where id = :id and state = 'SENDING'""")
				.param("giveUp", retryAfter == null).param("error", error)
				.param("retryAfter", retryAfter == null ? 0 : retryAfter.toSeconds())
				.param("reporter", Message.REPORTER).param("id", id).update();
	}

	/** A message claimed for sending. */
	record Claimed(long id, boolean toReporter, Delivery.Channel channel, @Nullable String address,
			@Nullable String subject, String text, int attempts) {
	}

	private static Claimed claimed(ResultSet row, int index) throws SQLException {
		return new Claimed(row.getLong("id"), Message.REPORTER.equals(row.getString("recipient")),
				Delivery.Channel.valueOf(row.getString("channel")), row.getString("address"), row.getString("subject"),
				row.getString("text"), row.getInt("attempts"));
	}

	private static Delivery delivery(ResultSet row, int index) throws SQLException {
		boolean toReporter = Message.REPORTER.equals(row.getString("recipient"));
		var sentAt = row.getTimestamp("sent_at");
		return new Delivery(row.getLong("id"), toReporter ? null : row.getString("address"),
				Delivery.Channel.valueOf(row.getString("channel")), Delivery.State.valueOf(row.getString("state")),
				row.getInt("attempts"), row.getString("last_error"), row.getTimestamp("created_at").toInstant(),
				sentAt == null ? null : sentAt.toInstant(), row.getString("report_number"));
	}
}

package id.lapor.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import id.lapor.account.AccountErasure;
import id.lapor.audit.AuditAction;
import id.lapor.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unlinks finished reports from their reporters when the retention period ends: the report, its history, its
 * conversation and its files then point at {@link AccountErasure#ANONYMISED_REPORTER}, and the report counts as
 * anonymous. What the body was asked and answered stays, for the statistics and the bodies' files.
 * <p>
 * History and conversation are append-only; this is the one place that changes them, through the redaction path of
 * migration V32, and every use is in the audit log.
 */
@Service
public class ReporterAnonymisation {

	private final JdbcClient jdbc;
	private final AuditLog audit;

	ReporterAnonymisation(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * Anonymises up to {@code batch} reports closed or archived before the cutoff.
	 *
	 * @return how many were anonymised
	 */
	@Transactional
	public int anonymiseFinishedBefore(Instant cutoff, int batch) {

		List<UUID> ids = jdbc.sql("""
				select id from reports
				where status in ('CLOSED', 'ARCHIVED') and coalesce(closed_at, last_changed_at) < ?
				  and reporter_id <> ?
				order by closed_at nulls first
				limit ?
				for update skip locked""")
				.params(Timestamp.from(cutoff), AccountErasure.ANONYMISED_REPORTER, batch)
				.query(UUID.class).list();
		if (ids.isEmpty()) {
			return 0;
		}
		jdbc.sql("set local lapor.redaction = 'on'").update();
		var parameters = new Object[] { AccountErasure.ANONYMISED_REPORTER, ids.toArray(UUID[]::new) };
		jdbc.sql("""
				update report_history h set actor_id = ?
				from reports r where r.id = h.report_id and r.id = any(?) and h.actor_id = r.reporter_id""")
				.params(parameters).update();
		jdbc.sql("""
				update report_responses m set author_id = ?
				from reports r where r.id = m.report_id and r.id = any(?) and m.author_id = r.reporter_id""")
				.params(parameters).update();
		jdbc.sql("""
				update report_attachments f set uploaded_by = ?
				from reports r where r.id = f.report_id and r.id = any(?) and f.uploaded_by = r.reporter_id""")
				.params(parameters).update();
		jdbc.sql("update reports set reporter_id = ?, anonymous = true where id = any(?)").params(parameters).update();
		jdbc.sql("set local lapor.redaction = 'off'").update();
		audit.record(AuditAction.RETENTION_ANONYMISED, null, ids.size() + " reports",
				"finished before " + cutoff);
		return ids.size();
	}
}

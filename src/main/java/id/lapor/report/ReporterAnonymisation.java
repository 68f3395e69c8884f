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
 * The seal of an anonymous report goes too: nobody, not even the national administrator, can find the reporter
 * afterwards. History and conversation change through {@link ReporterRecords}; every use is in the audit log.
 */
@Service
public class ReporterAnonymisation {

	private final JdbcClient jdbc;
	private final ReporterRecords records;
	private final AuditLog audit;

	ReporterAnonymisation(JdbcClient jdbc, ReporterRecords records, AuditLog audit) {
		this.jdbc = jdbc;
		this.records = records;
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
		records.rename(ids, AccountErasure.ANONYMISED_REPORTER);
		jdbc.sql("""
				update reports set reporter_id = ?, anonymous = true, reporter_seal = null, reporter_index = null
				where id = any(?)""").params(AccountErasure.ANONYMISED_REPORTER, ids.toArray(UUID[]::new)).update();
		audit.record(AuditAction.RETENTION_ANONYMISED, null, ids.size() + " reports",
				"finished before " + cutoff);
		return ids.size();
	}
}

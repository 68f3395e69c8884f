package id.lapor.report;

import java.util.Collection;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that changes who the append-only history, conversation and files of a report name as its reporter:
 * when a report is sealed (made anonymous) and when it is anonymised after the retention period. It goes through the
 * redaction path of migration V32; its callers record every use in the audit log.
 */
@Component
class ReporterRecords {

	private final JdbcClient jdbc;

	ReporterRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Renames the reporter in the records of these reports, from the reporter the report row names now to
	 * {@code to}; the caller changes the report rows afterwards.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void rename(Collection<UUID> reportIds, UUID to) {

		var parameters = new Object[] { to, reportIds.toArray(UUID[]::new) };
		jdbc.sql("set local lapor.redaction = 'on'").update();
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
		jdbc.sql("set local lapor.redaction = 'off'").update();
	}
}

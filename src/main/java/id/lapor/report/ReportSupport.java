package id.lapor.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Dukung": a signed-in citizen supports a report of the public timeline, once, to say "this happens to me too".
 * Bodies and the public see how many did, never who.
 */
@Service
public class ReportSupport {

	public enum Outcome {
		SUPPORTED, ALREADY_SUPPORTED,
		/** Supporting one's own report counts nothing. */
		OWN_REPORT
	}

	/**
	 * @param supportedByViewer whether the person looking has supported it already
	 * @param viewersOwn whether the person looking sent it
	 */
	public record Status(long supporters, boolean supportedByViewer, boolean viewersOwn) {
	}

	private final ReportRepository reports;
	private final JdbcClient jdbc;
	private final Clock clock;

	ReportSupport(ReportRepository reports, JdbcClient jdbc, Clock clock) {
		this.reports = reports;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records the support; a report that is not on the public timeline cannot be supported (not found). */
	@Transactional
	public Outcome support(TrackingNumber number, UUID citizenId) {

		var report = publicReport(number);
		if (report.isReportedBy(citizenId)) {
			return Outcome.OWN_REPORT;
		}
		var added = jdbc.sql("""
				insert into report_supports (report_id, account_id, supported_at) values (?, ?, ?)
				on conflict do nothing""").params(report.getId(), citizenId, Timestamp.from(clock.instant())).update();
		return added == 1 ? Outcome.SUPPORTED : Outcome.ALREADY_SUPPORTED;
	}

	@Transactional(readOnly = true)
	public Status status(TrackingNumber number, @Nullable UUID viewerId) {

		var report = publicReport(number);
		// How many, and whether the viewer is one of them, in one look at the report's supports.
		return jdbc.sql("""
				select count(*) as supporters, coalesce(bool_or(account_id = cast(? as uuid)), false) as supported
				from report_supports where report_id = ?""").params(viewerId, report.getId())
				.query((rs, row) -> new Status(rs.getLong("supporters"), rs.getBoolean("supported"),
						viewerId != null && report.isReportedBy(viewerId)))
				.single();
	}

	private Report publicReport(TrackingNumber number) {
		return reports.findByTrackingNumber(number.value())
				.filter(report -> !report.isConfidential() && PublicTimeline.PUBLIC_STATUSES.contains(report.getStatus()))
				.orElseThrow(ReportNotFoundException::new);
	}
}

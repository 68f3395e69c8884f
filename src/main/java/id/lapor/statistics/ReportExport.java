package id.lapor.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;

import javax.sql.DataSource;

import id.lapor.report.Classification;
import id.lapor.report.Outcome;
import id.lapor.report.ReportStatus;
import id.lapor.report.StatusColour;
import id.lapor.report.TrackingNumber;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Streams a body's reports for export, row by row from a database cursor, so exporting 100,000 reports never holds
 * them all in memory. Same selection as the body's list: all, one colour, or the overdue ones. Part of this module's
 * declared read model: it reads {@code reports} and the names in {@code categories} and {@code regions}.
 */
@Service
@Transactional(readOnly = true)
public class ReportExport {

	/** Rows fetched from the cursor at a time. */
	static final int FETCH_SIZE = 1000;

	private final NamedParameterJdbcTemplate jdbc;
	private final Clock clock;

	ReportExport(DataSource dataSource, Clock clock) {
		var template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = new NamedParameterJdbcTemplate(template);
		this.clock = clock;
	}

	/**
	 * Hands each report of the body to {@code consumer}, the nearest deadline first, then the newest.
	 *
	 * @param colour only reports of this colour, or {@code null} for all
	 * @param overdueOnly only reports past their current deadline (then {@code colour} is ignored)
	 */
	public void forEachAssignedTo(long agencyId, @Nullable StatusColour colour, boolean overdueOnly, Locale locale,
			Consumer<ReportExportRow> consumer) {

		var now = Timestamp.from(clock.instant());
		var parameters = new MapSqlParameterSource().addValue("agency", agencyId).addValue("now", now);
		var where = "r.agency_id = :agency";
		if (overdueOnly) {
			where += " and r.next_due_at < :now";
		} else if (colour != null) {
			where += " and r.status in (:statuses)";
			parameters.addValue("statuses", Arrays.stream(ReportStatus.values())
					.filter(status -> status.colour() == colour).map(Enum::name).toList());
		}
		var name = "en".equals(locale.getLanguage()) ? "name_en" : "name_id";
		jdbc.query("""
				select r.tracking_number, r.submitted_at, r.classification, r.title, c.%s as category_name,
				       g.name as region_name, r.status, r.next_due_at, r.followed_up_at, r.completed_at, r.outcome,
				       r.rating
				from reports r
				join categories c on c.code = r.category_code
				join regions g on g.code = r.region_code
				where %s
				order by r.next_due_at asc nulls last, r.submitted_at desc""".formatted(name, where), parameters,
				(RowCallbackHandler) row -> consumer.accept(toRow(row, now.toInstant())));
	}

	private static ReportExportRow toRow(ResultSet row, Instant now) throws SQLException {
		var nextDueAt = instant(row, "next_due_at");
		var outcome = row.getString("outcome");
		var rating = row.getInt("rating");
		Integer ratingOrNull = row.wasNull() ? null : rating;
		return new ReportExportRow(new TrackingNumber(row.getString("tracking_number")),
				row.getTimestamp("submitted_at").toInstant(), Classification.valueOf(row.getString("classification")),
				row.getString("title"), row.getString("category_name"), row.getString("region_name"),
				ReportStatus.valueOf(row.getString("status")), nextDueAt, nextDueAt != null && nextDueAt.isBefore(now),
				instant(row, "followed_up_at"), instant(row, "completed_at"),
				outcome == null ? null : Outcome.valueOf(outcome), ratingOrNull);
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		var value = row.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}

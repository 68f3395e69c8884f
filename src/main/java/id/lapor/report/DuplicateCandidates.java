package id.lapor.report;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Likely duplicates of a report, for the staff who handle it: other reports of the same regency/city, sent within
 * half a year of it, not archived, sharing at least two meaningful words (as the form's "someone already reported
 * this"), the closest first. A liaison officer is shown only reports of their own body; confidential ones included,
 * since staff see those.
 */
@Service
@Transactional(readOnly = true)
public class DuplicateCandidates {

	static final int SHOWN = 5;

	private final JdbcClient jdbc;
	private final ReportRepository reports;
	private final ReportQueries queries;

	DuplicateCandidates(JdbcClient jdbc, ReportRepository reports, ReportQueries queries) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.queries = queries;
	}

	/**
	 * @param agencyIds the bodies whose reports may be shown, or {@code null} for every body (national level)
	 */
	public List<ReportListItem> of(TrackingNumber number, @Nullable Collection<Long> agencyIds, Locale locale) {

		var report = reports.findByTrackingNumber(number.value()).orElseThrow(ReportNotFoundException::new);
		var words = PublicTimeline.meaningfulWords(report.getTitle() + " " + report.getText());
		if (words.size() < 2) {
			return List.of();
		}
		// The region's reports of the year around it first, their words only then (see PublicTimeline.similar).
		var ids = jdbc.sql("""
				with nearby as materialized (
				  select c.id, c.submitted_at, to_tsvector('simple', c.title || ' ' || c.body) as words
				  from reports c
				  where c.region_code = ? and c.id <> ? and c.status <> 'ARCHIVED'
				    and c.submitted_at between cast(? as timestamptz) - interval '183 days'
				                           and cast(? as timestamptz) + interval '183 days'
				    and (cast(? as bigint[]) is null or c.agency_id = any(cast(? as bigint[]))))
				select n.id
				from nearby n, to_tsquery('simple', ?) as q
				where n.words @@ q
				  and (select count(*) from unnest(cast(? as text[])) as word where n.words @@ to_tsquery('simple', word)) >= 2
				order by ts_rank(n.words, q) desc, n.submitted_at desc
				limit ?""")
				.params(report.getRegionCode(), report.getId(), java.sql.Timestamp.from(report.getSubmittedAt()),
						java.sql.Timestamp.from(report.getSubmittedAt()),
						agencyIds == null ? null : agencyIds.toArray(Long[]::new),
						agencyIds == null ? null : agencyIds.toArray(Long[]::new), String.join(" | ", words),
						words.toArray(String[]::new), SHOWN)
				.query(UUID.class).list();
		if (ids.isEmpty()) {
			return List.of();
		}
		var found = new java.util.ArrayList<>(reports.findByIdIn(ids));
		found.sort(java.util.Comparator.comparingInt(candidate -> ids.indexOf(candidate.getId())));
		return queries.listItems(new PageImpl<>(found), locale).getContent();
	}
}

package id.lapor.report;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
	 * @param report the report as its staff page shows it (its words, region and date are all that is needed)
	 * @param agencyIds the bodies whose reports may be shown, or {@code null} for every body (national level)
	 */
	public List<ReportListItem> of(ReportDetails report, @Nullable Collection<Long> agencyIds, Locale locale) {

		var words = PublicTimeline.meaningfulWords(Objects.toString(report.title(), "") + " "
				+ Objects.toString(report.text(), ""));
		if (words.size() < 2) {
			return List.of();
		}
		var submitted = Timestamp.from(report.submittedAt());
		var parameters = new ArrayList<Object>(List.of(report.regionCode(), report.trackingNumber().value(), submitted,
				submitted));
		if (agencyIds != null) {
			parameters.add(agencyIds.toArray(Long[]::new));
		}
		parameters.addAll(List.of(PublicTimeline.anyOf(words), words.toArray(String[]::new), SHOWN));
		// The region's reports of the year around it first, their words only then (see PublicTimeline.similar).
		var ids = jdbc.sql("""
				with nearby as materialized (
				  select c.id, c.submitted_at, to_tsvector('simple', c.title || ' ' || c.body) as words
				  from reports c
				  where c.region_code = ? and c.tracking_number <> ? and c.status <> 'ARCHIVED'
				    and c.submitted_at between cast(? as timestamptz) - interval '183 days'
				                           and cast(? as timestamptz) + interval '183 days'
				    %s)
				select n.id
				from nearby n, to_tsquery('simple', ?) as q
				where %s
				order by ts_rank(n.words, q) desc, n.submitted_at desc
				limit ?""".formatted(agencyIds == null ? "" : "and c.agency_id = any(?)", PublicTimeline.SHARES_TWO_WORDS))
				.params(parameters).query(UUID.class).list();
		if (ids.isEmpty()) {
			return List.of();
		}
		var found = new ArrayList<>(reports.findByIdIn(ids));
		found.sort(Comparator.comparingInt(candidate -> ids.indexOf(candidate.getId())));
		return queries.listItems(new PageImpl<>(found), locale).getContent();
	}
}

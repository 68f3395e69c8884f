package id.lapor.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import id.lapor.agency.AgencyCatalogue;
import id.lapor.agency.AgencySummary;
import id.lapor.agency.RegionDirectory;
import id.lapor.agency.RegionSummary;
import id.lapor.routing.CategoryCatalogue;
import id.lapor.routing.CategorySummary;
import id.lapor.system.ReadFromReplica;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public timeline ({@code /laporan}): the reports anyone may read — not confidential, and with a body already
 * (routed or verified; not waiting for verification, not archived) — newest first, filtered by region, body,
 * category and colour, and searched by their words in PostgreSQL. Nothing about the reporter is read here.
 * Paged by keyset (submitted, tracking number), so the thousandth page costs what the first does.
 */
@Service
@ReadFromReplica
@Transactional(readOnly = true)
public class PublicTimeline {

	/** The statuses of a report the public may see; the SQL below and the indexes of V39 say the same. */
	public static final Set<ReportStatus> PUBLIC_STATUSES = EnumSet.of(ReportStatus.ASSIGNED, ReportStatus.IN_PROGRESS,
			ReportStatus.COMPLETED, ReportStatus.REOPENED, ReportStatus.CLOSED);

	private static final String PUBLIC = """
			not r.confidential and r.status in ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'REOPENED', 'CLOSED')""";
	private static final int EXCERPT = 280;
	private static final int MAX_WORDS = 16;
	static final int FEW_MATCHES = 1000;
	private static final String TEXT_MATCHES =
			" and to_tsvector('simple', r.title || ' ' || r.body) @@ websearch_to_tsquery('simple', ?)";
	/** Words too common in reports to say two of them are about the same thing. */
	private static final Set<String> COMMON_WORDS = Set.of("yang", "dengan", "untuk", "tidak", "sudah", "dari", "kami",
			"saya", "karena", "pada", "juga", "akan", "atau", "sejak", "sangat", "belum", "bisa", "hanya", "setiap",
			"masih", "oleh", "dalam", "agar", "mohon", "tolong", "bapak", "warga", "kepada", "para", "lebih", "tetapi",
			"tapi", "sampai", "hari", "bulan", "tahun", "kali", "sini", "sana", "situ", "tersebut", "adalah", "ada",
			"kantor", "laporan", "lapor", "terima", "kasih");
	/**
	 * Of reports whose words are {@code n.words}: at least two of the words given as a text array share them (with
	 * {@link #anyOf} in {@code q}, the query the closest are ranked by). Used by {@link #similar} and
	 * {@link DuplicateCandidates}.
	 */
	static final String SHARES_TWO_WORDS = """
			n.words @@ q
			  and (select count(*) from unnest(cast(? as text[])) as word where n.words @@ to_tsquery('simple', word)) >= 2""";
	/** What an {@link Entry} is read from ({@link #row}), of reports {@code r}. */
	private static final String ENTRY_COLUMNS = """
			select r.tracking_number, r.classification, r.title, left(r.body, %d) as excerpt,
			       length(r.body) as length, r.status, r.agency_id, r.category_code, r.region_code, r.submitted_at,
			       r.last_changed_at,
			       (select count(*) from report_supports s where s.report_id = r.id) as supporters""".formatted(EXCERPT);
	/** Longer searches are cut to this many characters. */
	public static final int MAX_QUERY = 200;

	/**
	 * What the reader filters on; each may be empty.
	 *
	 * @param regionCode a province or a regency/city: its reports and those of the regions within it
	 * @param agencyCode a body: its reports and those of its units
	 * @param categoryCode a category: its reports and those of its sub-categories
	 */
	public record Filter(@Nullable String query, @Nullable String regionCode, @Nullable String agencyCode,
			@Nullable String categoryCode, @Nullable StatusColour colour) {

		public static Filter none() {
			return new Filter(null, null, null, null, null);
		}
	}

	/** Where a page ends: the next page starts after it. Written into links as {@code <instant>~<tracking number>}. */
	public record Cursor(Instant submittedAt, String trackingNumber) {

		public String value() {
			return submittedAt + "~" + trackingNumber;
		}

		public static Optional<Cursor> parse(@Nullable String value) {
			if (value == null || value.indexOf('~') < 0) {
				return Optional.empty();
			}
			var at = value.substring(0, value.indexOf('~'));
			var number = TrackingNumber.parse(value.substring(value.indexOf('~') + 1));
			try {
				return number.map(parsed -> new Cursor(Instant.parse(at), parsed.value()));
			} catch (DateTimeParseException e) {
				return Optional.empty();
			}
		}
	}

	public record Entry(TrackingNumber trackingNumber, Classification classification, String title, String excerpt,
			boolean shortened, ReportStatus status, @Nullable String agencyCode, @Nullable String agencyName,
			@Nullable String categoryName, @Nullable String regionName, Instant submittedAt, Instant lastChangedAt,
			long supporters) {

		public StatusColour colour() {
			return status.colour();
		}
	}

	/** A page of the timeline; {@code next} is absent on the last one. */
	public record Page(List<Entry> entries, @Nullable Cursor next) {
	}

	private record Row(String trackingNumber, String classification, String title, String excerpt, int length,
			String status, @Nullable Long agencyId, String categoryCode, String regionCode, Instant submittedAt,
			Instant lastChangedAt, long supporters) {
	}

	private final JdbcClient jdbc;
	private final AgencyCatalogue agencies;
	private final RegionDirectory regions;
	private final CategoryCatalogue categories;
	/** Below this many matches the page is found through the text index; tests lower it to take the other path. */
	private volatile int fewMatches = FEW_MATCHES;

	PublicTimeline(JdbcClient jdbc, AgencyCatalogue agencies, RegionDirectory regions, CategoryCatalogue categories) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.regions = regions;
		this.categories = categories;
	}

	public Page find(Filter filter, @Nullable Cursor after, int size, Locale locale) {

		var sql = new StringBuilder(PUBLIC);
		var parameters = new ArrayList<Object>();

		var words = filter.query() == null ? "" : searchWords(filter.query());
		if (!words.isEmpty()) {
			sql.append(TEXT_MATCHES);
			parameters.add(words);
		} else if (filter.query() != null && !filter.query().isBlank()) {
			// Only punctuation: nothing can match.
			return new Page(List.of(), null);
		}
		if (filter.regionCode() != null && !filter.regionCode().isBlank()) {
			sql.append(" and (r.region_code = ? or r.region_code like ?)");
			parameters.add(filter.regionCode());
			parameters.add(within(filter.regionCode()));
		}
		if (filter.agencyCode() != null && !filter.agencyCode().isBlank()) {
			var agency = agencies.findByCode(filter.agencyCode());
			if (agency.isEmpty()) {
				return new Page(List.of(), null);
			}
			sql.append(" and r.agency_id = any(?)");
			parameters.add(agencies.findTreeIds(agency.get().id()).toArray(Long[]::new));
		}
		if (filter.categoryCode() != null && !filter.categoryCode().isBlank()) {
			var codes = new ArrayList<String>(List.of(filter.categoryCode()));
			categories.groups(locale).stream().filter(group -> group.category().code().equals(filter.categoryCode()))
					.forEach(group -> group.children().forEach(child -> codes.add(child.code())));
			sql.append(" and r.category_code = any(?)");
			parameters.add(codes.toArray(String[]::new));
		}
		if (filter.colour() != null) {
			var statuses = ReportStatus.withColour(filter.colour()).stream().filter(PUBLIC_STATUSES::contains)
					.map(Enum::name).toArray(String[]::new);
			sql.append(" and r.status = any(?)");
			parameters.add(statuses);
		}
		if (after != null) {
			sql.append(" and (r.submitted_at, r.tracking_number) < (?, ?)");
			parameters.add(java.sql.Timestamp.from(after.submittedAt()));
			parameters.add(after.trackingNumber());
		}
		var where = sql.toString();
		var select = ENTRY_COLUMNS + " from reports r";
		var order = " order by r.submitted_at desc, r.tracking_number desc limit ?";

		String query;
		if (!words.isEmpty() && hasFewMatches(words)) {
			// Few reports have these words: found through the text index, then ordered.
			query = "with matches as materialized (select r.id from reports r where " + where + ") " + select
					+ " where r.id in (select id from matches)" + order;
		} else {
			// Words many reports have, or no words: the newest reports in order until the page is full.
			query = select + " where " + where + order;
		}
		parameters.add(size + 1);

		var rows = jdbc.sql(query).params(parameters).query(PublicTimeline::row).list();
		var more = rows.size() > size;
		var page = more ? rows.subList(0, size) : rows;
		return new Page(entries(page, locale), more
				? new Cursor(page.getLast().submittedAt(), page.getLast().trackingNumber()) : null);
	}

	/**
	 * "Someone already reported this": up to {@code limit} open reports of the timeline in the same regency/city (or
	 * province) that share at least two of the meaningful words of the text being written, the closest first.
	 */
	public List<Entry> similar(String text, String regionCode, int limit, Locale locale) {

		var words = meaningfulWords(text);
		if (words.size() < 2 || regionCode.isBlank()) {
			return List.of();
		}
		// The region's reports of the last year first (by date, then region: cheap), their words only then: through the
		// text index, a common word would have every report in the country that has it checked.
		var rows = jdbc.sql("""
				with nearby as materialized (
				  select r.id, to_tsvector('simple', r.title || ' ' || r.body) as words
				  from reports r
				  where %s and r.status <> 'CLOSED'
				    and r.submitted_at > now() - interval '1 year'
				    and (r.region_code = ? or r.region_code like ?))
				%s
				from nearby n join reports r on r.id = n.id, to_tsquery('simple', ?) as q
				where %s
				order by ts_rank(n.words, q) desc, r.submitted_at desc
				limit ?""".formatted(PUBLIC, ENTRY_COLUMNS, SHARES_TWO_WORDS))
				.params(regionCode, within(regionCode), anyOf(words), words.toArray(String[]::new), limit)
				.query(PublicTimeline::row).list();
		return entries(rows, locale);
	}

	/**
	 * Whether fewer than {@value #FEW_MATCHES} (by default) reports match, counted through the text index alone. PostgreSQL cannot
	 * tell from its statistics how many reports hold a word it has not seen often: it then walks the newest reports in
	 * order, computing each one's words, which for a word no report has means every public report (19 s on a million).
	 * Asking the index first costs a few milliseconds; the page is then found through the index when the words are
	 * rare and by walking the newest reports when they are common (a full page comes quickly).
	 */
	private boolean hasFewMatches(String words) {
		jdbc.sql("set local enable_seqscan = off").update();
		jdbc.sql("set local enable_indexscan = off").update();
		try {
			// The words alone: with the other filters too, a common word in a small region would be checked in every
			// report that has it before the count is reached.
			var threshold = fewMatches;
			return jdbc.sql("select count(*) from (select 1 from reports r where " + PUBLIC + TEXT_MATCHES + " limit "
					+ threshold + ") as matching").param(words).query(Long.class).single() < threshold;
		} finally {
			jdbc.sql("set local enable_seqscan = on").update();
			jdbc.sql("set local enable_indexscan = on").update();
		}
	}

	/** The words as a query any one of them matches. */
	static String anyOf(Set<String> words) {
		return String.join(" | ", words);
	}

	/** A {@code like} pattern of the regions within a region ({@code 73} → {@code 73.%}). */
	private static String within(String regionCode) {
		return regionCode.replace("%", "").replace("_", "") + ".%";
	}

	void fewMatches(int threshold) {
		this.fewMatches = threshold;
	}

	/** The words of a text that can say two reports are about the same thing: 4+ letters, not in every report. */
	static Set<String> meaningfulWords(String text) {
		var words = new java.util.LinkedHashSet<String>();
		for (var token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (token.length() >= 4 && !COMMON_WORDS.contains(token) && words.size() < MAX_WORDS) {
				words.add(token);
			}
		}
		return words;
	}

	/**
	 * What is searched for: words (letters and digits), each possibly excluded with a leading {@code -}, and
	 * {@code or}; at most {@value #MAX_WORDS} of them. Everything else is dropped, which also keeps PostgreSQL's query
	 * parser from operators it chokes on (a long run of {@code -} overflows its stack).
	 */
	static String searchWords(String query) {
		var words = new ArrayList<String>();
		for (var token : query.strip().split("\\s+")) {
			var excluded = token.startsWith("-");
			var word = token.replaceAll("[^\\p{L}\\p{N}]", "");
			if (!word.isEmpty() && words.size() < MAX_WORDS) {
				words.add(excluded ? "-" + word : word);
			}
		}
		return String.join(" ", words);
	}

	private List<Entry> entries(List<Row> rows, Locale locale) {

		var agencyIds = new HashSet<Long>();
		var categoryCodes = new HashSet<String>();
		var regionCodes = new HashSet<String>();
		rows.forEach(row -> {
			if (row.agencyId() != null) {
				agencyIds.add(row.agencyId());
			}
			categoryCodes.add(row.categoryCode());
			regionCodes.add(row.regionCode());
		});
		var agencyById = agencies.findAll(agencyIds);
		var categoryByCode = categories.findAll(categoryCodes, locale);
		var regionByCode = regions.findAll(regionCodes);

		return rows.stream().map(row -> {
			var agency = row.agencyId() == null ? null : agencyById.get(row.agencyId());
			return new Entry(new TrackingNumber(row.trackingNumber()), Classification.valueOf(row.classification()),
					row.title(), row.excerpt(), row.length() > row.excerpt().length(), ReportStatus.valueOf(row.status()),
					agency == null ? null : agency.code(), agency == null ? null : agency.name(),
					Optional.ofNullable(categoryByCode.get(row.categoryCode())).map(CategorySummary::name).orElse(null),
					Optional.ofNullable(regionByCode.get(row.regionCode())).map(RegionSummary::name).orElse(null),
					row.submittedAt(), row.lastChangedAt(), row.supporters());
		}).toList();
	}

	/** The body a filter names, for the page to show what it is filtered by. */
	public Optional<AgencySummary> body(String code) {
		return agencies.findByCode(code);
	}

	private static Row row(ResultSet rs, int rowNumber) throws SQLException {
		var agencyId = rs.getObject("agency_id", Long.class);
		return new Row(rs.getString("tracking_number"), rs.getString("classification"), rs.getString("title"),
				rs.getString("excerpt"), rs.getInt("length"), rs.getString("status"), agencyId,
				rs.getString("category_code"), rs.getString("region_code"),
				rs.getTimestamp("submitted_at").toInstant(), rs.getTimestamp("last_changed_at").toInstant(),
				rs.getLong("supporters"));
	}
}

package id.lapor.programme;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.lapor.account.AccountDirectory;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of national priority programmes and the tags that link reports to them. Automatic tags follow the
 * programme's categories and keywords; saving a programme re-tags all reports (one set-based statement), a new
 * report is tagged when it arrives ({@link ProgrammeTagging}). Tags set or removed by hand are recorded in
 * {@code priority_programme_changes} and never changed by the automatic tagging.
 */
@Service
@Transactional(readOnly = true)
public class PriorityProgrammes {

	private static final Pattern REGEX_SPECIAL = Pattern.compile("[\\\\.^$|?*+()\\[\\]{}]");

	/** Which reports a programme matches: by category (with sub-categories) or by a keyword in title or text. */
	private static final String MATCHES = """
			(r.category_code in (select c.code from categories c
			                     join priority_programme_categories pc
			                       on pc.category_code = c.code or pc.category_code = c.parent_code
			                     where pc.programme_id = p.id)
			 or (p.keyword_pattern is not null and lower(r.title || ' ' || r.body) ~ p.keyword_pattern))""";

	private final NamedParameterJdbcTemplate jdbc;
	private final AccountDirectory accounts;
	private final Clock clock;

	PriorityProgrammes(NamedParameterJdbcTemplate jdbc, AccountDirectory accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** All programmes, active first, by name. */
	public List<Programme> all() {
		return query("true");
	}

	/** How many reports carry each programme, by programme id (the administration page; not for hot paths). */
	public Map<Long, Long> reportCounts() {
		var counts = new HashMap<Long, Long>();
		jdbc.query("select programme_id, count(*) as reports from report_programmes group by programme_id",
				(RowCallbackHandler) row -> counts.put(row.getLong("programme_id"), row.getLong("reports")));
		return counts;
	}

	public List<Programme> active() {
		return query("p.active");
	}

	public Optional<Programme> findByCode(String code) {
		return query("p.code = :code", new MapSqlParameterSource("code", code)).stream().findFirst();
	}

	@Transactional
	public Programme create(ProgrammeValues values, UUID actor) {
		var now = now();
		Long id;
		try {
			id = jdbc.queryForObject("""
					insert into priority_programmes (code, name, description, keywords, keyword_pattern, active,
					                                 updated_at, updated_by)
					values (:code, :name, :description, :keywords, :pattern, :active, :now, :actor)
					returning id""", parameters(values).addValue("now", now).addValue("actor", actor), Long.class);
		} catch (DuplicateKeyException e) {
			throw new ProgrammeCodeTakenException(values.code());
		}
		saveCategories(id, values);
		record(id, null, "CREATED", describe(values), actor);
		retag(id);
		return findByCode(values.code()).orElseThrow();
	}

	/**
	 * Saves new values if nobody saved the programme since {@code version} was read.
	 *
	 * @throws ProgrammeChangedException when somebody did
	 */
	@Transactional
	public void update(String code, long version, ProgrammeValues values, UUID actor) {
		var current = findByCode(code).orElseThrow(() -> new IllegalArgumentException("no programme " + code));
		int updated = jdbc.update("""
				update priority_programmes
				set name = :name, description = :description, keywords = :keywords, keyword_pattern = :pattern,
				    active = :active, version = version + 1, updated_at = :now, updated_by = :actor
				where id = :id and version = :version""",
				parameters(values).addValue("now", now()).addValue("actor", actor).addValue("id", current.id())
						.addValue("version", version));
		if (updated == 0) {
			throw new ProgrammeChangedException(code);
		}
		jdbc.update("delete from priority_programme_categories where programme_id = :id",
				new MapSqlParameterSource("id", current.id()));
		saveCategories(current.id(), values);
		record(current.id(), null, "CHANGED", describe(values), actor);
		retag(current.id());
	}

	/** Tags a new report with every active programme it matches. */
	@Transactional
	public int tagAutomatically(UUID reportId) {
		return jdbc.update("""
				insert into report_programmes (report_id, programme_id, automatic, tagged_at)
				select r.id, p.id, true, :now from reports r cross join priority_programmes p
				where r.id = :report and p.active and %s
				on conflict do nothing""".formatted(MATCHES),
				new MapSqlParameterSource("report", reportId).addValue("now", now()));
	}

	/** The programmes a report carries. */
	public List<ProgrammeTag> tagsOf(String trackingNumber) {
		record Row(long programmeId, String code, String name, boolean automatic, Timestamp taggedAt,
				@Nullable UUID taggedBy) {}
		var rows = jdbc.query("""
				select p.id, p.code, p.name, t.automatic, t.tagged_at, t.tagged_by
				from report_programmes t join priority_programmes p on p.id = t.programme_id
				join reports r on r.id = t.report_id
				where r.tracking_number = :number order by p.name""", new MapSqlParameterSource("number", trackingNumber),
				(row, number) -> new Row(row.getLong("id"), row.getString("code"), row.getString("name"),
						row.getBoolean("automatic"), row.getTimestamp("tagged_at"), row.getObject("tagged_by", UUID.class)));
		var people = accounts.findAll(rows.stream().map(Row::taggedBy).filter(Objects::nonNull).distinct().toList());
		return rows.stream().map(row -> new ProgrammeTag(row.programmeId(), row.code(), row.name(), row.automatic(),
				row.taggedAt().toInstant(), row.taggedBy() == null || !people.containsKey(row.taggedBy()) ? null
						: people.get(row.taggedBy()).fullName())).toList();
	}

	/** Tags a report by hand; the automatic tagging never removes such a tag. */
	@Transactional
	public void tag(String trackingNumber, String programmeCode, UUID actor) {
		var target = target(trackingNumber, programmeCode);
		var changed = jdbc.update("""
				insert into report_programmes (report_id, programme_id, automatic, tagged_at, tagged_by)
				values (:report, :programme, false, :now, :actor)
				on conflict (report_id, programme_id) do update set automatic = false, tagged_at = excluded.tagged_at,
				    tagged_by = excluded.tagged_by
				where report_programmes.automatic""", target.addValue("now", now()).addValue("actor", actor));
		if (changed > 0) {
			record((Long) target.getValue("programme"), (UUID) target.getValue("report"), "TAGGED", programmeCode,
					actor);
		}
	}

	/** Removes a report's tag by hand, recorded with who and when. */
	@Transactional
	public void untag(String trackingNumber, String programmeCode, UUID actor) {
		var target = target(trackingNumber, programmeCode);
		if (jdbc.update("delete from report_programmes where report_id = :report and programme_id = :programme",
				target) > 0) {
			record((Long) target.getValue("programme"), (UUID) target.getValue("report"), "UNTAGGED", programmeCode,
					actor);
		}
	}

	private MapSqlParameterSource target(String trackingNumber, String programmeCode) {
		var report = jdbc.queryForList("select id from reports where tracking_number = :number",
				new MapSqlParameterSource("number", trackingNumber), UUID.class);
		if (report.isEmpty()) {
			throw new UnknownTaggedReportException();
		}
		var programme = findByCode(programmeCode).orElseThrow(ProgrammeNotFoundException::new);
		return new MapSqlParameterSource("report", report.getFirst()).addValue("programme", programme.id());
	}

	/**
	 * Re-applies a programme's automatic tags to all reports: adds the matching ones, drops automatic tags that no
	 * longer match (or all of them when the programme is inactive). Tags set by hand stay.
	 */
	private void retag(long programmeId) {
		var parameters = new MapSqlParameterSource("programme", programmeId).addValue("now", now());
		jdbc.update("""
				delete from report_programmes t using priority_programmes p, reports r
				where t.programme_id = :programme and p.id = t.programme_id and r.id = t.report_id and t.automatic
				  and not (p.active and %s)""".formatted(MATCHES), parameters);
		jdbc.update("""
				insert into report_programmes (report_id, programme_id, automatic, tagged_at)
				select r.id, p.id, true, :now from priority_programmes p join reports r on %s
				where p.id = :programme and p.active
				on conflict do nothing""".formatted(MATCHES), parameters);
	}

	private void saveCategories(long programmeId, ProgrammeValues values) {
		jdbc.batchUpdate("insert into priority_programme_categories (programme_id, category_code) values (:id, :code)",
				values.categoryCodes().stream().map(category -> new MapSqlParameterSource("id", programmeId)
						.addValue("code", category)).toArray(MapSqlParameterSource[]::new));
	}

	private void record(long programmeId, @Nullable UUID reportId, String action, String detail, UUID actor) {
		jdbc.update("""
				insert into priority_programme_changes (programme_id, report_id, action, detail, changed_at, changed_by)
				values (:programme, :report, :action, :detail, :now, :actor)""",
				new MapSqlParameterSource("programme", programmeId).addValue("report", reportId)
						.addValue("action", action).addValue("detail", detail).addValue("now", now())
						.addValue("actor", actor));
	}

	private List<Programme> query(String condition) {
		return query(condition, new MapSqlParameterSource());
	}

	private List<Programme> query(String condition, MapSqlParameterSource parameters) {
		var programmes = jdbc.query("""
				select p.id, p.code, p.name, p.description, p.keywords, p.active, p.version
				from priority_programmes p where %s order by p.active desc, p.name""".formatted(condition), parameters,
				(row, number) -> new Programme(row.getLong("id"), row.getString("code"), row.getString("name"),
						row.getString("description"), keywords(row.getString("keywords")), List.of(),
						row.getBoolean("active"), row.getLong("version")));
		if (programmes.isEmpty()) {
			return programmes;
		}
		var categories = new HashMap<Long, List<String>>();
		jdbc.query("select programme_id, category_code from priority_programme_categories where programme_id in (:ids)"
				+ " order by category_code", new MapSqlParameterSource("ids", programmes.stream().map(Programme::id)
						.toList()),
				row -> {
					categories.computeIfAbsent(row.getLong("programme_id"), id -> new ArrayList<>())
							.add(row.getString("category_code"));
				});
		return programmes.stream().map(programme -> new Programme(programme.id(), programme.code(), programme.name(),
				programme.description(), programme.keywords(), categories.getOrDefault(programme.id(), List.of()),
				programme.active(), programme.version())).toList();
	}

	private static MapSqlParameterSource parameters(ProgrammeValues values) {
		return new MapSqlParameterSource("code", values.code()).addValue("name", values.name())
				.addValue("description", values.description())
				.addValue("keywords", String.join("; ", values.keywords()))
				.addValue("pattern", pattern(values.keywords())).addValue("active", values.active());
	}

	/** The keywords as one PostgreSQL pattern matching any of them as whole words, e.g. {@code \m(?:mbg|makan bergizi)\M}. */
	static @Nullable String pattern(List<String> keywords) {
		if (keywords.isEmpty()) {
			return null;
		}
		return keywords.stream().map(keyword -> REGEX_SPECIAL.matcher(keyword).replaceAll("\\\\$0"))
				.collect(Collectors.joining("|", "\\m(?:", ")\\M"));
	}

	private static List<String> keywords(String stored) {
		return Arrays.stream(stored.split(";")).map(String::strip).filter(keyword -> !keyword.isEmpty()).toList();
	}

	private static String describe(ProgrammeValues values) {
		Map<String, Object> described = new LinkedHashMap<>();
		described.put("name", values.name());
		described.put("keywords", values.keywords());
		described.put("categories", values.categoryCodes());
		described.put("active", values.active());
		return described.toString();
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}
}

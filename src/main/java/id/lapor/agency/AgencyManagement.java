package id.lapor.agency;

import static id.lapor.system.SpreadsheetCells.csvText;
import static id.lapor.system.SpreadsheetCells.fromCsv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import id.lapor.audit.AuditAction;
import id.lapor.audit.AuditLog;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the catalogue of bodies, each recorded with who, when and why: search, add, describe, activate or
 * deactivate, and CSV export and all-or-nothing import. A body administrator works on their own body and its
 * units only; the scope is part of every query.
 */
@Service
@Transactional
public class AgencyManagement {

	public static final List<String> CSV_COLUMNS = List.of("code", "name", "short_name", "kind", "level",
			"region_code", "parent_code", "keywords", "active");

	/** The kinds of body the catalogue knows; UNIT is a sub-unit a body adds itself (UPTD, bidang, cabang). */
	public static final Set<String> KINDS = Set.of("COORDINATING_MINISTRY", "MINISTRY", "AGENCY", "SOE", "SUPERVISOR",
			"REGIONAL_GOVERNMENT", "DINAS", "BADAN", "SATUAN", "INSPEKTORAT", "RSUD", "BUMD", "UNIT");

	private static final Pattern CODE = Pattern.compile("^[a-z0-9]+([.-][a-z0-9]+)*$");
	private static final int MAX_CODE = 64;
	private static final int MAX_NAME = 250;
	private static final int MAX_SHORT_NAME = 80;
	private static final int HISTORY = 50;

	private final AgencyRepository agencies;
	private final AgencyChangeRepository changes;
	private final RegionRepository regions;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;
	private final Clock clock;

	AgencyManagement(AgencyRepository agencies, AgencyChangeRepository changes, RegionRepository regions,
			ApplicationEventPublisher events, AuditLog audit, Clock clock) {
		this.audit = audit;
		this.agencies = agencies;
		this.changes = changes;
		this.regions = regions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Bodies whose name contains, or whose code starts with, the query; within a body and its units if scoped.
	 */
	@Transactional(readOnly = true)
	public Page<AgencySummary> search(String query, @Nullable Long scope, Pageable pageable) {
		var normalized = query.strip().toLowerCase(Locale.ROOT);
		var name = "%" + escapeLike(normalized) + "%";
		var code = escapeLike(normalized) + "%";
		var page = scope == null ? agencies.search(name, code, pageable)
				: agencies.searchWithin(scope, name, code, pageable);
		return page.map(Agency::toSummary);
	}

	/**
	 * Whether a body administrator of {@code managerAgencyId} may manage {@code agencyId}: their own body or one of
	 * its units.
	 */
	@Transactional(readOnly = true)
	public boolean isWithin(long agencyId, long managerAgencyId) {
		return agencyId == managerAgencyId || agencies.findById(agencyId)
				.map(Agency::getParentId).filter(parent -> parent == managerAgencyId).isPresent();
	}

	@Transactional(readOnly = true)
	public AgencyDetails details(String code) {
		var agency = agencies.findByCode(code).orElseThrow(() -> new UnknownAgencyException(code));
		var parent = agency.getParentId() == null ? null
				: agencies.findById(agency.getParentId()).map(Agency::toSummary).orElse(null);
		var children = agencies.findByParentIdOrderByNameAsc(agency.getId()).stream().map(Agency::toSummary).toList();
		var region = agency.getRegionCode() == null ? null
				: regions.findByCode(agency.getRegionCode()).map(Region::toSummary).orElse(null);
		var history = changes.findByAgencyIdOrderByOccurredAtDescIdDesc(agency.getId(), PageRequest.of(0, HISTORY))
				.stream().map(AgencyChange::toView).toList();
		return new AgencyDetails(agency.toSummary(), agency.getVersion(), agency.toUnitKind(),
				Keywords.split(agency.getKeywords()), parent, children, region, history,
				agency.getPendingKeywords() == null ? List.of() : Keywords.split(agency.getPendingKeywords()));
	}

	/**
	 * Adds a body. Codes are lower case letters, digits, dots and hyphens, and never change afterwards.
	 *
	 * @throws InvalidAgencyException naming the field at fault
	 */
	public AgencySummary create(NewAgency body, UUID actorId, String note) {

		var code = body.code().strip().toLowerCase(Locale.ROOT);
		checkCode(code);
		if (agencies.findByCode(code).isPresent()) {
			throw new InvalidAgencyException("code", "codeTaken");
		}
		checkName(body.name(), body.shortName());
		if (!KINDS.contains(body.kind())) {
			throw new InvalidAgencyException("kind", "kind");
		}
		if ((body.level() == AgencyLevel.NATIONAL) != (body.regionCode() == null || body.regionCode().isBlank())
				|| body.regionCode() != null && !body.regionCode().isBlank()
						&& regions.findByCode(body.regionCode()).isEmpty()) {
			throw new InvalidAgencyException("regionCode", "region");
		}
		Long parentId = null;
		if (body.parentCode() != null && !body.parentCode().isBlank()) {
			parentId = agencies.findByCode(body.parentCode().strip())
					.orElseThrow(() -> new InvalidAgencyException("parentCode", "parent")).getId();
		}

		var agency = agencies.save(new Agency(code, body.name().strip(), blankToNull(body.shortName()), body.kind(),
				body.level(), blankToNull(body.regionCode()), parentId, String.join(";", body.keywords()), true));
		record(agency, actorId, "CREATED", null, note);
		events.publishEvent(new CatalogueChanged(1));
		return agency.toSummary();
	}

	/**
	 * Renames a body or changes its keywords.
	 *
	 * @throws AgencyChangedConcurrentlyException when someone else changed it since {@code expectedVersion}
	 */
	public void describe(String code, UUID actorId, long expectedVersion, String name, @Nullable String shortName,
			List<String> keywords, String note) {

		var agency = current(code, expectedVersion);
		checkName(name, shortName);
		var before = agency.getName();
		var keywordsBefore = agency.getKeywords();
		agency.describe(name, shortName, String.join(";", keywords));
		record(agency, actorId, "UPDATED", before.equals(agency.getName()) ? null : before + " → " + agency.getName(),
				note);
		if (!keywordsBefore.equals(agency.getKeywords())) {
			audit.record(AuditAction.ROUTING_KEYWORDS_CHANGED, actorId, agency.getCode(),
					keywordsBefore + " → " + agency.getKeywords());
		}
		events.publishEvent(new CatalogueChanged(1));
	}

	/**
	 * A body administrator renames their body or one of its units at once, but proposes keywords: keywords decide
	 * which reports a body receives, so they route only after the national administrator approved them
	 * ({@link #approveKeywords}).
	 *
	 * @throws AgencyChangedConcurrentlyException when someone else changed it since {@code expectedVersion}
	 */
	public void describeForReview(String code, UUID actorId, long expectedVersion, String name,
			@Nullable String shortName, List<String> keywords, String note) {

		var agency = current(code, expectedVersion);
		checkName(name, shortName);
		var before = agency.getName();
		agency.describe(name, shortName, agency.getKeywords());
		if (!before.equals(agency.getName())) {
			record(agency, actorId, "UPDATED", before + " → " + agency.getName(), note);
		}
		propose(agency, actorId, keywords, note);
		events.publishEvent(new CatalogueChanged(1));
	}

	/**
	 * A body administrator proposes keywords for a body they administer, e.g. a unit they just added.
	 */
	public void proposeKeywords(String code, UUID actorId, List<String> keywords, String note) {
		propose(agencies.findByCode(code).orElseThrow(() -> new UnknownAgencyException(code)), actorId, keywords, note);
	}

	/**
	 * The national administrator approves a body's proposed keywords; routing uses them from now on.
	 *
	 * @throws InvalidAgencyException when nothing is proposed
	 * @throws AgencyChangedConcurrentlyException when the body changed since {@code expectedVersion}
	 */
	public void approveKeywords(String code, UUID actorId, long expectedVersion, String note) {
		var agency = current(code, expectedVersion);
		var before = agency.approveKeywords();
		record(agency, actorId, "KEYWORDS_APPROVED", agency.getKeywords(), note);
		audit.record(AuditAction.ROUTING_KEYWORDS_CHANGED, actorId, agency.getCode(),
				"approved: " + before + " → " + agency.getKeywords());
		events.publishEvent(new CatalogueChanged(1));
	}

	/**
	 * The national administrator rejects a body's proposed keywords; routing never used them.
	 */
	public void rejectKeywords(String code, UUID actorId, long expectedVersion, String note) {
		var agency = current(code, expectedVersion);
		var proposed = agency.rejectKeywords();
		record(agency, actorId, "KEYWORDS_REJECTED", proposed, note);
		audit.record(AuditAction.ROUTING_KEYWORDS_CHANGED, actorId, agency.getCode(), "rejected: " + proposed);
	}

	private void propose(Agency agency, UUID actorId, List<String> keywords, String note) {
		var proposed = String.join(";", keywords);
		var pendingBefore = agency.getPendingKeywords();
		agency.proposeKeywords(proposed);
		if (agency.getPendingKeywords() != null && !agency.getPendingKeywords().equals(pendingBefore)) {
			record(agency, actorId, "KEYWORDS_PROPOSED", proposed, note);
			audit.record(AuditAction.ROUTING_KEYWORDS_CHANGED, actorId, agency.getCode(), "proposed: " + proposed);
		}
	}

	/**
	 * Activates or deactivates a body. Routing skips inactive bodies; their open reports stay where they are.
	 */
	public void setActive(String code, UUID actorId, long expectedVersion, boolean active, String note) {
		var agency = current(code, expectedVersion);
		if (agency.isActive() != active) {
			agency.setActive(active);
			record(agency, actorId, active ? "ACTIVATED" : "DEACTIVATED", null, note);
			events.publishEvent(new CatalogueChanged(1));
		}
	}

	/**
	 * Records a change made elsewhere for a body, e.g. a liaison account added or disabled.
	 */
	public void recordChange(long agencyId, UUID actorId, String action, @Nullable String detail, String note) {
		var agency = agencies.findById(agencyId).orElseThrow(() -> new UnknownAgencyException(Long.toString(agencyId)));
		record(agency, actorId, action, detail, note);
	}

	/**
	 * Writes the whole catalogue as CSV ({@link #CSV_COLUMNS}), streaming it row by row.
	 */
	@Transactional(readOnly = true)
	public void exportCsv(Writer writer) {

		var codes = new HashMap<Long, String>();
		try (var printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
				var all = agencies.streamAll()) {
			printer.printRecord(CSV_COLUMNS);
			var iterator = all.iterator();
			while (iterator.hasNext()) {
				var agency = iterator.next();
				codes.put(agency.getId(), agency.getCode());
				// Names and keywords are typed by administrators of bodies: text a spreadsheet must not run.
				printer.printRecord(agency.getCode(), csvText(agency.getName()),
						csvText(nullToEmpty(agency.getShortName())), agency.getKind(), agency.getLevel().name(),
						nullToEmpty(agency.getRegionCode()),
						agency.getParentId() == null ? "" : codeOf(agency.getParentId(), codes),
						csvText(agency.getKeywords()), Boolean.toString(agency.isActive()));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Reads a catalogue CSV ({@link #CSV_COLUMNS}, header first): every line is checked before anything is written,
	 * and the file is applied only when no line has a problem. Existing codes are updated, new ones added; a parent
	 * may be defined earlier in the same file.
	 */
	public CatalogueImport importCsv(Reader reader, UUID actorId, String note) {

		List<CSVRecord> rows;
		try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
			if (!parser.getHeaderNames().equals(CSV_COLUMNS)) {
				return new CatalogueImport(0, 0,
						List.of(new CatalogueImport.Problem(1, "header", "header", String.join(",", parser.getHeaderNames()))));
			}
			rows = parser.getRecords();
		} catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
			return new CatalogueImport(0, 0, List.of(new CatalogueImport.Problem(1, "file", "unreadable", "")));
		}

		var problems = new ArrayList<CatalogueImport.Problem>();
		var seen = new HashSet<String>();
		var index = new HashMap<String, AgencyCodeIndex>();
		agencies.findCodeIndex().forEach(entry -> index.put(entry.code(), entry));
		var regionCodes = new HashSet<String>();
		regions.findAllCodes().forEach(regionCodes::add);
		for (var row : rows) {
			check(row, seen, index, regionCodes, problems);
		}
		if (!problems.isEmpty()) {
			return new CatalogueImport(0, 0, problems);
		}

		int created = 0;
		int updated = 0;
		Map<String, Long> ids = new HashMap<>();
		index.forEach((code, entry) -> ids.put(code, entry.id()));
		for (var row : rows) {
			var code = row.get("code");
			var parentCode = row.get("parent_code");
			Long parentId = parentCode.isBlank() ? null : ids.get(parentCode);
			var existing = index.containsKey(code) ? agencies.findById(index.get(code).id()) : Optional.<Agency> empty();
			Agency agency;
			if (existing.isPresent()) {
				agency = existing.get();
				if (!agency.differsFrom(text(row, "name"), text(row, "short_name"), text(row, "keywords"), parentId,
						row.get("kind"), Boolean.parseBoolean(row.get("active")))) {
					continue;
				}
				agency.describe(text(row, "name"), text(row, "short_name"), text(row, "keywords"));
				agency.reparent(parentId, row.get("kind"));
				agency.setActive(Boolean.parseBoolean(row.get("active")));
				updated++;
			} else {
				agency = agencies.save(new Agency(code, text(row, "name").strip(), blankToNull(text(row, "short_name")),
						row.get("kind"), AgencyLevel.valueOf(row.get("level")), blankToNull(row.get("region_code")),
						parentId, text(row, "keywords"), Boolean.parseBoolean(row.get("active"))));
				created++;
			}
			ids.put(code, agency.getId());
			record(agency, actorId, "IMPORTED", "line " + row.getRecordNumber(), note);
		}
		if (created + updated > 0) {
			events.publishEvent(new CatalogueChanged(created + updated));
		}
		return new CatalogueImport(created, updated, List.of());
	}

	private void check(CSVRecord row, Set<String> seen, Map<String, AgencyCodeIndex> index,
			Set<String> regionCodes, List<CatalogueImport.Problem> problems) {

		long line = row.getRecordNumber() + 1;
		if (row.size() != CSV_COLUMNS.size()) {
			problems.add(new CatalogueImport.Problem(line, "line", "columnCount", Integer.toString(row.size())));
			return;
		}
		var code = row.get("code");
		if (!CODE.matcher(code).matches() || code.length() > MAX_CODE) {
			problems.add(new CatalogueImport.Problem(line, "code", "code", code));
		} else if (!seen.add(code)) {
			problems.add(new CatalogueImport.Problem(line, "code", "duplicate", code));
		}
		var name = text(row, "name");
		if (name.isBlank() || name.length() > MAX_NAME) {
			problems.add(new CatalogueImport.Problem(line, "name", "name", name));
		}
		if (text(row, "short_name").length() > MAX_SHORT_NAME) {
			problems.add(new CatalogueImport.Problem(line, "short_name", "shortName", text(row, "short_name")));
		}
		if (!KINDS.contains(row.get("kind"))) {
			problems.add(new CatalogueImport.Problem(line, "kind", "kind", row.get("kind")));
		}
		AgencyLevel level = null;
		try {
			level = AgencyLevel.valueOf(row.get("level"));
		} catch (IllegalArgumentException e) {
			problems.add(new CatalogueImport.Problem(line, "level", "level", row.get("level")));
		}
		var region = row.get("region_code");
		if (level != null && (level == AgencyLevel.NATIONAL) != region.isBlank()
				|| !region.isBlank() && !regionCodes.contains(region)) {
			problems.add(new CatalogueImport.Problem(line, "region_code", "region", region));
		}
		var existing = index.get(code);
		if (existing != null && (existing.level() != level || !nullToEmpty(existing.regionCode()).equals(region))) {
			problems.add(new CatalogueImport.Problem(line, "level", "fixed", row.get("level") + " " + region));
		}
		var parent = row.get("parent_code");
		if (!parent.isBlank() && (parent.equals(code) || !seen.contains(parent) && !index.containsKey(parent))) {
			problems.add(new CatalogueImport.Problem(line, "parent_code", "parent", parent));
		}
		var active = row.get("active");
		if (!active.equals("true") && !active.equals("false")) {
			problems.add(new CatalogueImport.Problem(line, "active", "active", active));
		}
	}

	private Agency current(String code, long expectedVersion) {
		var agency = agencies.findByCode(code).orElseThrow(() -> new UnknownAgencyException(code));
		if (agency.getVersion() != expectedVersion) {
			throw new AgencyChangedConcurrentlyException();
		}
		return agency;
	}

	private void record(Agency agency, @Nullable UUID actorId, String action, @Nullable String detail,
			@Nullable String note) {
		changes.save(new AgencyChange(agency.getId(), clock.instant(), actorId, action, detail, note));
	}

	private static void checkCode(String code) {
		if (!CODE.matcher(code).matches() || code.length() > MAX_CODE) {
			throw new InvalidAgencyException("code", "code");
		}
	}

	private static void checkName(String name, @Nullable String shortName) {
		if (name == null || name.isBlank() || name.length() > MAX_NAME) {
			throw new InvalidAgencyException("name", "name");
		}
		if (shortName != null && shortName.length() > MAX_SHORT_NAME) {
			throw new InvalidAgencyException("shortName", "shortName");
		}
	}

	private String codeOf(long id, Map<Long, String> known) {
		return known.computeIfAbsent(id, key -> agencies.findById(key).map(Agency::getCode).orElse(""));
	}

	private static String escapeLike(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** A text column of an imported file, without the formula guard the export added ({@link #exportCsv}). */
	private static String text(CSVRecord row, String column) {
		return fromCsv(row.get(column));
	}

	private static String nullToEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}
}

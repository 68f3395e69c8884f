package id.lapor.agency;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Look-ups in the catalogue of bodies.
 */
@Service
@Transactional(readOnly = true)
public class AgencyCatalogue {

	static final String REGIONAL_GOVERNMENT = "REGIONAL_GOVERNMENT";

	private final AgencyRepository agencies;
	private final UnitKindRepository unitKinds;
	private final NamedParameterJdbcTemplate jdbc;

	AgencyCatalogue(AgencyRepository agencies, UnitKindRepository unitKinds, NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.unitKinds = unitKinds;
	}

	/**
	 * The catalogue's version: raised (by a trigger) in the transaction of every change of the bodies or unit kinds, on
	 * whichever instance, so that a cache of the catalogue knows when to reload. One row, read by primary key.
	 */
	public long version() {
		return jdbc.getJdbcTemplate().queryForObject("select version from catalogue_version", Long.class);
	}

	/**
	 * All national bodies (about 130) with their keywords, for routing.
	 */
	public List<NationalAgency> nationalBodies() {
		var all = agencies.findByLevel(AgencyLevel.NATIONAL);
		var codes = all.stream().collect(Collectors.toMap(Agency::getId, Agency::getCode));
		return all.stream()
				.map(agency -> agency.toNationalAgency(agency.getParentId() == null ? null : codes.get(agency.getParentId())))
				.toList();
	}

	public List<UnitKind> unitKinds() {
		return unitKinds.findAll().stream().map(UnitKindEntity::toUnitKind).toList();
	}

	public Optional<AgencySummary> findById(long id) {
		return agencies.findById(id).map(Agency::toSummary);
	}

	public Optional<AgencySummary> findByCode(String code) {
		return agencies.findByCode(code).map(Agency::toSummary);
	}

	/**
	 * Finds many bodies in one query, for lists that show the body of each row: straight from the table with the ids
	 * as one array parameter, so that naming the 12,000 bodies of a national ranking neither loads entities nor makes
	 * the persistence provider build a statement with 12,000 parameters. (Being plain JDBC, it does not see agency
	 * changes not yet flushed in the same transaction; no caller edits and lists in one.)
	 */
	public Map<Long, AgencySummary> findAll(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		var found = new HashMap<Long, AgencySummary>();
		var array = ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
		jdbc.query("""
				select id, code, name, short_name, kind, level, region_code, active from agencies
				where id = any(cast(:ids as bigint[]))""", new MapSqlParameterSource("ids", array),
				(RowCallbackHandler) row -> found.put(row.getLong("id"), new AgencySummary(row.getLong("id"),
						row.getString("code"), row.getString("name"), row.getString("short_name"), row.getString("kind"),
						AgencyLevel.valueOf(row.getString("level")), row.getString("region_code"),
						row.getBoolean("active"))));
		return found;
	}

	/**
	 * Finds many bodies by code in one query.
	 */
	public Map<String, AgencySummary> findAllByCode(Collection<String> codes) {
		return codes.isEmpty() ? Map.of()
				: agencies.findByCodeIn(codes).stream().map(Agency::toSummary)
						.collect(Collectors.toMap(AgencySummary::code, Function.identity()));
	}

	/**
	 * The unit kind of a regional department or enterprise ({@code DLH}); empty for other bodies.
	 */
	public Optional<String> findUnitKind(long id) {
		return agencies.findById(id).map(Agency::toUnitKind);
	}

	/**
	 * The active department or enterprise of the given unit kind (e.g. {@code DUKCAPIL}) in a region.
	 */
	public Optional<AgencySummary> findRegionalUnit(String regionCode, String unitKind) {
		return agencies.findByRegionCodeAndUnitKindCodeAndActiveTrue(regionCode, unitKind).map(Agency::toSummary);
	}

	/**
	 * The body a department or enterprise belongs to (its regional government), or a national unit's ministry.
	 */
	public Optional<AgencySummary> findParent(long id) {
		return agencies.findById(id).map(Agency::getParentId).flatMap(agencies::findById).map(Agency::toSummary);
	}

	/** The parents of the given bodies, by the child's id (bodies without a parent are missing), in two queries. */
	public Map<Long, AgencySummary> findParents(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		var children = agencies.findByIdIn(ids);
		var parents = findAll(children.stream().map(Agency::getParentId).filter(Objects::nonNull).toList());
		var byChild = new HashMap<Long, AgencySummary>();
		for (var child : children) {
			var parent = child.getParentId() == null ? null : parents.get(child.getParentId());
			if (parent != null) {
				byChild.put(child.getId(), parent);
			}
		}
		return byChild;
	}

	/**
	 * The active units of a body (the departments of a regional government), by name.
	 */
	public List<AgencySummary> findChildren(long id) {
		return agencies.findByParentIdAndActiveTrueOrderByNameAsc(id).stream().map(Agency::toSummary).toList();
	}

	/**
	 * Whether a region has departments of its own; DKI Jakarta's administrative cities do not.
	 */
	public boolean hasDepartments(String regionCode) {
		return agencies.existsByRegionCodeAndUnitKindCodeIsNotNull(regionCode);
	}

	/**
	 * A body and all its units at any depth (a regional government: its departments and enterprises), for the
	 * scope of a body administrator.
	 */
	public Set<Long> findTreeIds(long rootId) {
		return Set.copyOf(agencies.findTreeIds(rootId));
	}

	/**
	 * The active government of a province or regency/city.
	 */
	public Optional<AgencySummary> findRegionalGovernment(String regionCode) {
		return agencies.findByRegionCodeAndKindAndActiveTrue(regionCode, REGIONAL_GOVERNMENT).map(Agency::toSummary);
	}
}

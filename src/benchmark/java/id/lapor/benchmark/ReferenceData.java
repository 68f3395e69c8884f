package id.lapor.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The regions, bodies and categories of the real catalogue, read once, with the routing the application would do
 * for a report of a category in a regency/city (see {@code RoutingService}), simplified: no keywords, no named
 * bodies, no special areas.
 */
final class ReferenceData {

	/** Reports in the national administrator's body go to the verification queue. */
	static final String NATIONAL_ADMINISTRATOR = "kemenpanrb-lapor";
	static final String SUPERVISOR = "ombudsman";

	/** How often citizens write about a top-level category, relative to each other; others count 2. */
	private static final Map<String, Integer> TOPIC_WEIGHTS = Map.ofEntries(Map.entry("kependudukan", 10),
			Map.entry("sosial", 10), Map.entry("jalan-jembatan", 9), Map.entry("kesehatan", 8),
			Map.entry("pendidikan", 8), Map.entry("energi", 7), Map.entry("jaminan-sosial", 6),
			Map.entry("air-minum", 5), Map.entry("lingkungan", 5), Map.entry("pertanahan", 5),
			Map.entry("transportasi", 4), Map.entry("ketenagakerjaan", 4), Map.entry("lainnya", 4),
			Map.entry("perizinan", 3), Map.entry("ketertiban-umum", 3), Map.entry("kepegawaian-asn", 3));

	/** A regency or city where reports come from. */
	record Regency(String code, String name, String provinceCode, long population) {
	}

	/** A category citizens pick (a leaf of the category tree). */
	record Category(String code, String name, String jurisdiction, String unitKind, String nationalAgency) {
	}

	/** Where a report of a category in a regency goes, and the routing rule that says so. */
	record Route(long agencyId, String rule) {
	}

	final List<Regency> regencies;
	final List<Category> categories;
	final Map<String, Long> agencyIds;
	final Map<Long, String> agencyCodes;
	final long administratorAgencyId;
	final long supervisorAgencyId;
	private final double[] regencyWeights;
	private final double[] categoryWeights;
	private final Route[][] routes;

	private ReferenceData(List<Regency> regencies, List<Category> categories, double[] categoryWeights,
			Map<String, Long> agencyIds) {

		this.regencies = regencies;
		this.categories = categories;
		this.agencyIds = agencyIds;
		this.agencyCodes = new HashMap<>();
		agencyIds.forEach((code, id) -> agencyCodes.put(id, code));
		this.administratorAgencyId = agency(NATIONAL_ADMINISTRATOR);
		this.supervisorAgencyId = agency(SUPERVISOR);
		this.regencyWeights = cumulative(regencies.stream().mapToDouble(Regency::population).toArray());
		this.categoryWeights = cumulative(categoryWeights);
		this.routes = new Route[regencies.size()][categories.size()];
		for (int r = 0; r < regencies.size(); r++) {
			for (int c = 0; c < categories.size(); c++) {
				routes[r][c] = route(regencies.get(r), categories.get(c));
			}
		}
	}

	static ReferenceData load(JdbcTemplate jdbc) {

		var regencies = jdbc.query("""
				select code, name, province_code, population from regions
				where level = 'REGENCY' and population > 0 order by code""",
				(row, n) -> new Regency(row.getString(1), row.getString(2), row.getString(3), row.getLong(4)));

		var parents = new HashMap<String, String>();
		var leaves = new ArrayList<Category>();
		var children = new HashMap<String, Integer>();
		jdbc.query("select code, parent_code from categories where active", row -> {
			var parent = row.getString(2);
			parents.put(row.getString(1), parent == null ? row.getString(1) : parent);
			if (parent != null) {
				children.merge(parent, 1, Integer::sum);
			}
		});
		jdbc.query("""
				select code, name_id, jurisdiction, coalesce(unit_kind_code, ''), coalesce(national_agency_code, '')
				from categories where active order by position""", row -> {
			var code = row.getString(1);
			if (!children.containsKey(code)) {
				leaves.add(new Category(code, row.getString(2), row.getString(3), row.getString(4), row.getString(5)));
			}
		});
		// Each topic's weight is shared by its sub-categories.
		var weights = leaves.stream().mapToDouble(category -> {
			var topic = parents.get(category.code());
			return TOPIC_WEIGHTS.getOrDefault(topic, 2) / (double) children.getOrDefault(topic, 1);
		}).toArray();

		var agencies = new HashMap<String, Long>();
		jdbc.query("select code, id from agencies where active", row -> {
			agencies.put(row.getString(1), row.getLong(2));
		});
		return new ReferenceData(regencies, leaves, weights, agencies);
	}

	int pickRegency(RandomGenerator random) {
		return pick(regencyWeights, random);
	}

	int pickCategory(RandomGenerator random) {
		return pick(categoryWeights, random);
	}

	Route route(int regency, int category) {
		return routes[regency][category];
	}

	long regionalGovernment(int regency) {
		return agency("pemda-" + regencies.get(regency).code());
	}

	/** Every body a synthetic report can reach: each needs a liaison officer. */
	Set<Long> bodiesInUse() {
		var bodies = new TreeSet<Long>();
		for (var row : routes) {
			Arrays.stream(row).forEach(route -> bodies.add(route.agencyId()));
		}
		for (int r = 0; r < regencies.size(); r++) {
			bodies.add(regionalGovernment(r));
		}
		return bodies;
	}

	private Route route(Regency regency, Category category) {

		var unit = category.unitKind().toLowerCase(Locale.ROOT);
		return switch (category.jurisdiction()) {
			case "NATIONAL" -> new Route(agency(category.nationalAgency()), "NATIONAL_BODY");
			case "PROVINCE" -> unit.isEmpty() || !agencyIds.containsKey(unit + "-" + regency.provinceCode())
					? new Route(agency("pemda-" + regency.provinceCode()), "REGIONAL_GOVERNMENT")
					: new Route(agency(unit + "-" + regency.provinceCode()), "PROVINCE_UNIT");
			default -> {
				if (!unit.isEmpty() && agencyIds.containsKey(unit + "-" + regency.code())) {
					yield new Route(agency(unit + "-" + regency.code()), "REGIONAL_UNIT");
				}
				// DKI Jakarta's administrative cities are served by the province's departments.
				if (!unit.isEmpty() && "31".equals(regency.provinceCode())
						&& agencyIds.containsKey(unit + "-" + regency.provinceCode())) {
					yield new Route(agency(unit + "-" + regency.provinceCode()), "PROVINCE_UNIT");
				}
				yield new Route(agency("pemda-" + regency.code()), "REGIONAL_GOVERNMENT");
			}
		};
	}

	private long agency(String code) {
		var id = agencyIds.get(code);
		if (id == null) {
			throw new IllegalStateException("Body missing from the catalogue: " + code);
		}
		return id;
	}

	private static double[] cumulative(double[] weights) {
		var sums = new double[weights.length];
		double sum = 0;
		for (int i = 0; i < weights.length; i++) {
			sum += weights[i];
			sums[i] = sum;
		}
		return sums;
	}

	private static int pick(double[] cumulative, RandomGenerator random) {
		var target = random.nextDouble() * cumulative[cumulative.length - 1];
		int index = Arrays.binarySearch(cumulative, target);
		return index >= 0 ? index : Math.min(-index - 1, cumulative.length - 1);
	}
}

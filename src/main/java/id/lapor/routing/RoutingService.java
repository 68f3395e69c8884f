package id.lapor.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import id.lapor.account.AccountDirectory;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.agency.AgencySummary;
import id.lapor.agency.NationalAgency;
import id.lapor.agency.RegionDirectory;
import id.lapor.agency.RegionSummary;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides which body a report goes to, and says why. See {@code docs/routing.md}.
 * <ol>
 * <li>The category is the citizen's, or inferred from the words of the report (a weighted keyword lexicon over
 * Lucene's Indonesian analysis).</li>
 * <li>A body the citizen chose is respected. Otherwise an area rule (Batam, the IKN area), else the category's
 * jurisdiction in the report's region (below), unless the report names another national body (by its name, any
 * kind), an SOE operating the service (by its keywords) or a sibling or child unit of the default body.</li>
 * <li>Jurisdiction: {@code NATIONAL} → the category's national body; {@code PROVINCE} → the province's unit of the
 * category's kind, else the provincial government; {@code REGENCY} → the regency/city's unit; in a region without
 * departments of its own (DKI Jakarta's administrative cities) the province's unit; else the regency/city
 * government, else the province's.</li>
 * </ol>
 * When nothing matches, the report goes to the national administrator, so no report is ever without an owner.
 */
@Service
@Transactional(readOnly = true)
public class RoutingService {

	static final String NATIONAL_ADMINISTRATOR = "kemenpanrb-lapor";
	static final String FALLBACK_CATEGORY = "lainnya";
	private static final int EXPLAINED_WORDS = 4;
	/** Naming a body ("PLN", "Garuda Indonesia") says more than using one of its keywords. */
	private static final double NAME_FACTOR = 1.5;
	/** A whole name in the text (a phrase match scores 1, in the title more). */
	private static final double EXPLICIT_MENTION = 1.0;
	/** Pungli in a national body's service (KUA, SIM, lapas) goes to that body, not to the regional inspectorate. */
	static final String REGIONAL_PUNGLI = "pungli-layanan-daerah";
	static final String MANY_LOCAL_ISSUES = "lainnya-pemerintahan-daerah";
	private static final double MANY_ISSUES_SHARE = 0.3;
	private static final double MANY_ISSUES_MINIMUM = 0.75;

	private final CategoryRepository categories;
	private final AgencyCatalogue agencies;
	private final RegionDirectory regions;
	private final RoutingProperties properties;
	private final AccountDirectory accounts;
	private final RoutingLearner learner;
	private volatile @Nullable RoutingModel model;
	/** Raised by every reload, so that a model built from the catalogue as it was before is not kept. */
	private long generation;

	RoutingService(CategoryRepository categories, AgencyCatalogue agencies, RegionDirectory regions,
			RoutingProperties properties, AccountDirectory accounts, RoutingLearner learner) {
		this.learner = learner;
		this.categories = categories;
		this.agencies = agencies;
		this.regions = regions;
		this.properties = properties;
		this.accounts = accounts;
	}

	/**
	 * The body that will actually work on a report meant for {@code target}: the target itself if it has an active
	 * liaison officer, else its nearest parent that has one (department → regional government). Empty when nobody
	 * up the line is staffed: then the national administrator must find a body.
	 */
	Optional<AgencySummary> staffedAgency(AgencySummary target) {
		var candidate = Optional.of(target);
		for (int depth = 0; depth < 5 && candidate.isPresent(); depth++) {
			var body = candidate.get();
			if (body.active() && accounts.hasActiveLiaison(body.id())) {
				return candidate;
			}
			candidate = agencies.findParent(body.id());
		}
		return Optional.empty();
	}

	/**
	 * Where a report routed by this decision lands: the national administrator's queue when the decision needs
	 * verification, else as {@link #land(AgencySummary)}.
	 */
	public Landing land(RoutingDecision decision) {
		return decision.needsVerification() ? new Landing(nationalAdministratorAgency(), Landing.Kind.LOW_CONFIDENCE)
				: land(decision.target());
	}

	/**
	 * Where a report meant for {@code target} lands: the target or its nearest staffed parent, else the national
	 * administrator's queue. A report never lands where nobody works.
	 */
	public Landing land(AgencySummary target) {
		return staffedAgency(target)
				.map(agency -> new Landing(agency, agency.id() == target.id() ? Landing.Kind.TARGET
						: Landing.Kind.STAFFED_PARENT))
				.orElseGet(() -> new Landing(nationalAdministratorAgency(), Landing.Kind.NO_LIAISON));
	}

	/**
	 * The national administrator, who verifies what routing cannot settle.
	 */
	public AgencySummary nationalAdministratorAgency() {
		return nationalAdministrator().target();
	}

	/**
	 * Routes a report whose category is known (the default route of the category in the region).
	 */
	public RoutingDecision route(String regionCode, String categoryCode) {
		return decide(new RoutingRequest("", "", regionCode, categoryCode, null), Locale.ROOT);
	}

	/**
	 * The full decision: category, body, confidence, explanation and alternatives.
	 *
	 * @throws UnknownRegionException when the region does not exist
	 * @throws UnknownCategoryException when a given category does not exist or is retired
	 */
	public RoutingDecision decide(RoutingRequest request, Locale locale) {

		var model = model();
		var region = regions.find(request.regionCode())
				.orElseThrow(() -> new UnknownRegionException(request.regionCode()));
		var explanation = new ArrayList<Explanation>();

		TextAnalyzer.addressees(request.title() + "\n" + request.text())
				.forEach(addressee -> explanation.add(Explanation.of("addressee", addressee)));
		var title = model.analyzer.tokens(TextAnalyzer.withoutAddressees(request.title()));
		var body = model.analyzer.tokens(TextAnalyzer.withoutAddressees(request.text()));

		// 1. The category.
		var ranking = rankCategories(model, title, body);
		Category category;
		double confidence;
		if (request.categoryCode() != null && !request.categoryCode().isBlank()) {
			category = Optional.ofNullable(model.categoryByCode.get(request.categoryCode()))
					.orElseThrow(() -> new UnknownCategoryException(request.categoryCode()));
			confidence = 1.0;
			explanation.add(Explanation.of("categoryChosen", category.name(locale)));
		} else if (ranking.isEmpty()) {
			category = model.categoryByCode.get(FALLBACK_CATEGORY);
			confidence = 0.1;
			explanation.add(Explanation.of("categoryUnknown", category.name(locale)));
		} else {
			var best = ranking.getFirst();
			category = model.categoryByCode.get(best.code());
			confidence = confidence(ranking);
			explanation.add(Explanation.of("categoryInferred", category.name(locale), best.words()));
		}

		// 2. The body.
		var byJurisdiction = jurisdictionRoute(category, region);
		var decision = byJurisdiction;
		var chosen = chosenByCitizen(request.targetCode());
		if (chosen.isPresent()) {
			decision = chosen.get();
			confidence = 1.0;
		} else {
			var area = areaRule(model, region, category, title, body);
			if (area.isPresent()) {
				decision = area.get().decision();
				explanation.add(Explanation.of("area." + area.get().reason(), area.get().decision().target().name()));
			} else if (competenceRule(model, region, category, title, body) instanceof CompetenceDecision competence) {
				decision = competence.decision();
				explanation.add(Explanation.of("competence." + competence.reason(), competence.decision().target().name()));
			} else {
				var named = namedAgency(model, category, byJurisdiction.target(), title, body);
				if (named.isPresent()) {
					decision = new RuleAndTarget(named.get().body(), RoutingRule.NAMED_BODY);
					explanation.add(Explanation.of("named", named.get().body().name(), named.get().words()));
				} else if (learnerAdvice(region, title, body, confidence) instanceof Advice advice) {
					if (advice.score() >= properties.learnerThreshold() && advice.score() > confidence
							&& advice.target().id() != byJurisdiction.target().id()) {
						decision = new RuleAndTarget(advice.target(), RoutingRule.LEARNED);
						confidence = advice.score();
						explanation.add(Explanation.of("learned", advice.target().name(),
								String.valueOf(Math.round(advice.score() * 100))));
					} else if (advice.target().id() == decision.target().id()) {
						// Two signals agree: the rules and the most similar labelled reports.
						confidence = 1 - (1 - confidence) * (1 - advice.score());
					} else {
						// The most similar labelled reports went elsewhere: the rules' body is less certain.
						confidence = confidence * (1 - advice.score());
					}
				}
			}
		}
		explanation.add(Explanation.of("rule." + decision.rule().name(), decision.target().name()));

		var needsVerification = confidence < properties.verificationThreshold()
				|| decision.rule() == RoutingRule.NATIONAL_ADMINISTRATOR;
		if (needsVerification) {
			explanation.add(Explanation.of("verification"));
		}

		return new RoutingDecision(category.toSummary(locale), decision.target(), decision.rule(), confidence,
				needsVerification, explanation, alternatives(model, ranking, region, decision.target(),
						byJurisdiction.target(), confidence));
	}

	/**
	 * Forgets what the router knows, after the catalogue or the categories changed.
	 */
	public void reload() {
		synchronized (this) {
			generation++;
			model = null;
		}
	}

	private RoutingModel model() {
		var current = model;
		if (current == null) {
			long started;
			synchronized (this) {
				started = generation;
			}
			current = RoutingModel.build(categories.findAll(), agencies.nationalBodies(), agencies.unitKinds());
			synchronized (this) {
				// A reload while building: this decision uses what was read, the next one reads the catalogue again.
				if (generation == started) {
					model = current;
				}
			}
		}
		return current;
	}

	record RankedCategory(String code, double score, String words) {}

	private List<RankedCategory> rankCategories(RoutingModel model, List<String> title, List<String> body) {

		var ranking = new ArrayList<>(scoreCategories(model, title, body));
		if (isAboutManyThings(model, ranking)) {
			ranking.stream().filter(ranked -> ranked.code().equals(MANY_LOCAL_ISSUES)).findFirst()
					.ifPresentOrElse(ranking::remove, () -> { });
			ranking.addFirst(new RankedCategory(MANY_LOCAL_ISSUES, ranking.getFirst().score(),
					ranking.stream().limit(3).map(RankedCategory::words).collect(Collectors.joining("; "))));
			return ranking;
		}
		if (ranking.size() > 1 && ranking.getFirst().code().equals(REGIONAL_PUNGLI)) {
			var service = ranking.stream().skip(1)
					.filter(ranked -> model.categoryByCode.get(ranked.code()).getJurisdiction() == Jurisdiction.NATIONAL)
					.filter(ranked -> ranked.score() >= ranking.getFirst().score() / 2)
					.findFirst();
			service.ifPresent(national -> {
				ranking.remove(national);
				ranking.addFirst(national);
			});
		}
		return ranking;
	}

	/**
	 * Three or more regional matters of different kinds, each with real weight (roads, lights, water, ...): the
	 * regional government itself coordinates, rather than one of its departments.
	 */
	private static boolean isAboutManyThings(RoutingModel model, List<RankedCategory> ranking) {
		if (ranking.size() < 3) {
			return false;
		}
		double top = ranking.getFirst().score();
		var groups = ranking.stream()
				.filter(ranked -> ranked.score() >= Math.max(top * MANY_ISSUES_SHARE, MANY_ISSUES_MINIMUM))
				.map(ranked -> model.categoryByCode.get(ranked.code()))
				.filter(category -> category.getJurisdiction() != Jurisdiction.NATIONAL)
				.map(category -> Objects.requireNonNullElse(category.getParentCode(), category.getCode()))
				.distinct()
				.count();
		return groups >= 3;
	}

	private List<RankedCategory> scoreCategories(RoutingModel model, List<String> title, List<String> body) {
		return model.categories.match(title, body, properties.titleBoost()).entrySet().stream()
				.map(entry -> new RankedCategory(entry.getKey(),
						entry.getValue().stream().mapToDouble(Lexicon.Match::score).sum(), words(entry.getValue())))
				.sorted(Comparator.comparingDouble(RankedCategory::score).reversed()
						.thenComparing(ranked -> model.categoryByCode.get(ranked.code()).isTopLevel())
						.thenComparing(RankedCategory::code))
				.toList();
	}

	/** The share of the best category in the evidence, damped when there is little evidence at all. */
	private static double confidence(List<RankedCategory> ranking) {
		double first = ranking.getFirst().score();
		double second = ranking.size() > 1 ? ranking.get(1).score() : 0;
		return first / (first + second) * (1 - Math.exp(-first));
	}

	private static String words(List<Lexicon.Match> matches) {
		return matches.stream()
				.sorted(Comparator.comparingDouble(Lexicon.Match::score).reversed())
				.map(match -> match.term().phrase())
				.distinct()
				.limit(EXPLAINED_WORDS)
				.collect(Collectors.joining(", "));
	}

	private record RuleAndTarget(AgencySummary target, RoutingRule rule) {

		RoutingDecision.Alternative asAlternative(double confidence) {
			return new RoutingDecision.Alternative(target, confidence);
		}
	}

	private record AreaDecision(RuleAndTarget decision, String reason) {}

	private record NamedAgency(AgencySummary body, String words) {}

	private record CompetenceDecision(RuleAndTarget decision, String reason) {}

	/** The learner's proposal, resolved to a body of the report's region, and its score. */
	private record Advice(AgencySummary target, double score) {}

	/**
	 * Where the most similar labelled reports went, as a body of the report's region; null when the learner is off,
	 * the citizen chose the category (not second-guessed) or nothing similar was found.
	 */
	private @Nullable Advice learnerAdvice(RegionSummary region, List<String> title, List<String> body,
			double confidence) {

		// Above 1 the learner is switched off.
		if (properties.learnerThreshold() > 1 || confidence >= 1.0) {
			return null;
		}
		var tokens = new ArrayList<>(title);
		tokens.addAll(body);
		return learner.propose(tokens)
				.flatMap(proposal -> learnedTarget(proposal.target(), region)
						.map(target -> new Advice(target, proposal.score())))
				.orElse(null);
	}

	/** A learnt target ({@code REGENCY:DLH}, {@code PROVINCE:GOVERNMENT}, a code) in the report's region. */
	private Optional<AgencySummary> learnedTarget(String target, RegionSummary region) {
		return switch (target) {
			case "PROVINCE:" + RoutingLearner.GOVERNMENT -> government(region.provinceCode()).map(RuleAndTarget::target);
			case "REGENCY:" + RoutingLearner.GOVERNMENT -> government(region.code())
					.or(() -> government(region.provinceCode())).map(RuleAndTarget::target);
			default -> competenceTarget(target, region);
		};
	}

	/** The first competence rule whose words the report uses and whose body exists here; null when none. */
	private @Nullable CompetenceDecision competenceRule(RoutingModel model, RegionSummary region, Category category,
			List<String> title, List<String> body) {

		var tokens = new ArrayList<>(title);
		tokens.addAll(body);
		for (var rule : model.competenceRules) {
			if (!rule.applies(category.getCode(), tokens)) {
				continue;
			}
			var target = competenceTarget(rule.target(), region);
			if (target.isPresent()) {
				return new CompetenceDecision(new RuleAndTarget(target.get(), RoutingRule.COMPETENCE_RULE), rule.reason());
			}
		}
		return null;
	}

	private Optional<AgencySummary> competenceTarget(String target, RegionSummary region) {
		if (target.startsWith("PROVINCE:")) {
			return regionalUnit(region.provinceCode(), target.substring("PROVINCE:".length()))
					.filter(AgencySummary::active);
		}
		if (target.startsWith("REGENCY:")) {
			var kind = target.substring("REGENCY:".length());
			return regionalUnit(region.code(), kind)
					.or(() -> regionalUnit(region.provinceCode(), kind))
					.filter(AgencySummary::active);
		}
		return byCode(target).filter(AgencySummary::active);
	}

	private Optional<RuleAndTarget> chosenByCitizen(@Nullable String targetCode) {
		if (targetCode == null || targetCode.isBlank()) {
			return Optional.empty();
		}
		return agencies.findByCode(targetCode).filter(AgencySummary::active)
				.map(target -> new RuleAndTarget(target, RoutingRule.CITIZEN_CHOICE));
	}

	private Optional<AreaDecision> areaRule(RoutingModel model, RegionSummary region, Category category,
			List<String> title, List<String> body) {

		var tokens = new ArrayList<>(title);
		tokens.addAll(body);
		return model.areaRules.stream()
				.filter(rule -> rule.applies(region.code(), category.getCode(), tokens))
				.findFirst()
				.flatMap(rule -> byCode(rule.target()).filter(AgencySummary::active)
						.map(target -> new AreaDecision(new RuleAndTarget(target, RoutingRule.AREA_RULE), rule.reason())));
	}

	/**
	 * A national body the report names, when it rather than the default body provides the service: any body named by
	 * its name or short name (unless the default body is named as well), an SOE named by its own keywords for a
	 * national category, or a unit of the same ministry as the default body. Words that are the category's own keywords
	 * do not count as keywords of another body, and a parent never replaces its own unit.
	 */
	private Optional<NamedAgency> namedAgency(RoutingModel model, Category category, AgencySummary defaultTarget,
			List<String> title, List<String> body) {

		var names = model.bodyNames.match(title, body, properties.titleBoost());
		var keywords = model.bodyKeywords.match(title, body, properties.titleBoost());
		var defaultAgency = model.bodyByCode.get(defaultTarget.code());
		var categoryWords = model.categoryKeywordTokens.getOrDefault(category.getCode(), Set.of());

		double defaultEvidence = defaultAgency == null ? 0
				: evidence(names.get(defaultAgency.code()), NAME_FACTOR, null)
						+ evidence(keywords.get(defaultAgency.code()), 1.0, null, names.get(defaultAgency.code()));

		record Candidate(NationalAgency body, double evidence, String words) {}
		var candidates = new ArrayList<Candidate>();
		var bodies = new HashMap<String, Boolean>();
		names.keySet().forEach(code -> bodies.put(code, true));
		keywords.keySet().forEach(code -> bodies.putIfAbsent(code, false));

		double defaultMention = defaultAgency == null ? 0 : evidence(names.get(defaultAgency.code()), NAME_FACTOR, null);

		bodies.forEach((code, namedExplicitly) -> {
			var candidate = model.bodyByCode.get(code);
			if (candidate == null || code.equals(defaultTarget.code())) {
				return;
			}
			var parentOfDefault = defaultAgency != null && Objects.equals(defaultAgency.parentCode(), candidate.code());
			if (parentOfDefault) {
				return;
			}
			// A body named in the text (its name or short name) outranks the category's default body, whatever its
			// kind, unless the default is named as well: the state pawnshop for pawned gold, not the financial
			// services authority. (Keywords only one body has were tried as names too: they are mostly topic words of
			// ministries, "perikanan", "pajak", and sent a tenth of the examples to the wrong ministry.)
			double mention = evidence(names.get(code), NAME_FACTOR, null);
			if (mention >= EXPLICIT_MENTION && mention > defaultMention) {
				var matches = new ArrayList<Lexicon.Match>(names.getOrDefault(code, List.of()));
				matches.addAll(keywords.getOrDefault(code, List.of()));
				candidates.add(new Candidate(candidate, mention + defaultEvidence, words(matches)));
				return;
			}
			var family = defaultAgency != null && (Objects.equals(candidate.parentCode(), defaultAgency.code())
					|| candidate.parentCode() != null && Objects.equals(candidate.parentCode(), defaultAgency.parentCode()));
			var operator = candidate.isStateOwnedEnterprise() && (namedExplicitly || defaultAgency != null);
			if (!(family || operator)) {
				return;
			}
			var excluded = family ? null : categoryWords;
			double evidence = evidence(names.get(code), NAME_FACTOR, null)
					+ evidence(keywords.get(code), 1.0, excluded, names.get(code));
			if (evidence > defaultEvidence && evidence >= 0.5) {
				var matches = new ArrayList<Lexicon.Match>(names.getOrDefault(code, List.of()));
				matches.addAll(keywords.getOrDefault(code, List.of()));
				candidates.add(new Candidate(candidate, evidence, words(matches)));
			}
		});

		return candidates.stream()
				.max(Comparator.comparingDouble(Candidate::evidence))
				.flatMap(best -> byCode(best.body().code()).map(summary -> new NamedAgency(summary, best.words())));
	}

	private static double evidence(@Nullable List<Lexicon.Match> matches, double factor,
			@Nullable Set<List<String>> excluded) {
		return evidence(matches, factor, excluded, null);
	}

	/** Evidence of matches, leaving out the excluded phrases and those already counted as the body's name. */
	private static double evidence(@Nullable List<Lexicon.Match> matches, double factor,
			@Nullable Set<List<String>> excluded, @Nullable List<Lexicon.Match> names) {
		var alreadyNamed = names == null ? null
				: names.stream().map(match -> match.term().tokens()).collect(Collectors.toSet());
		if (matches == null) {
			return 0;
		}
		return matches.stream()
				.filter(match -> excluded == null || !excluded.contains(match.term().tokens()))
				.filter(match -> alreadyNamed == null || !alreadyNamed.contains(match.term().tokens()))
				.mapToDouble(match -> match.score() * factor)
				.sum();
	}

	private List<RoutingDecision.Alternative> alternatives(RoutingModel model, List<RankedCategory> ranking,
			RegionSummary region, AgencySummary chosen, AgencySummary byJurisdiction, double confidence) {

		var alternatives = new LinkedHashMap<String, RoutingDecision.Alternative>();
		if (!byJurisdiction.code().equals(chosen.code())) {
			alternatives.put(byJurisdiction.code(), new RoutingDecision.Alternative(byJurisdiction, confidence / 2));
		}
		double total = ranking.stream().mapToDouble(RankedCategory::score).sum();
		for (var ranked : ranking) {
			if (alternatives.size() >= 3) {
				break;
			}
			var target = jurisdictionRoute(model.categoryByCode.get(ranked.code()), region).target();
			if (!target.code().equals(chosen.code()) && !alternatives.containsKey(target.code())) {
				alternatives.put(target.code(), new RoutingDecision.Alternative(target, ranked.score() / total));
			}
		}
		return List.copyOf(alternatives.values());
	}

	private RuleAndTarget jurisdictionRoute(Category category, RegionSummary region) {

		var unitKind = category.getUnitKindCode();
		var decision = switch (category.getJurisdiction()) {
			case NATIONAL -> nationalAgency(category);
			case PROVINCE -> unit(region.provinceCode(), unitKind, RoutingRule.PROVINCE_UNIT)
					.or(() -> government(region.provinceCode()));
			case REGENCY -> unit(region.code(), unitKind, region.isProvince()
					? RoutingRule.PROVINCE_UNIT : RoutingRule.REGIONAL_UNIT)
					.or(() -> hasDepartments(region.code()) ? Optional.empty()
							: unit(region.provinceCode(), unitKind, RoutingRule.PROVINCE_UNIT))
					.or(() -> government(region.code()))
					.or(() -> government(region.provinceCode()));
		};
		return decision.orElseGet(this::nationalAdministrator);
	}

	private Optional<RuleAndTarget> nationalAgency(Category category) {
		return Optional.ofNullable(category.getNationalAgencyCode())
				.flatMap(this::byCode)
				.filter(AgencySummary::active)
				.map(target -> new RuleAndTarget(target, RoutingRule.NATIONAL_BODY));
	}

	/** Whether the region has departments of its own (DKI Jakarta's administrative cities have none). */
	private boolean hasDepartments(String regionCode) {
		return remembered(model().departments, regionCode, () -> agencies.hasDepartments(regionCode));
	}

	/** A body of the catalogue, looked up once per routing model. */
	private Optional<AgencySummary> body(String key, Supplier<Optional<AgencySummary>> lookup) {
		return remembered(model().bodies, key, lookup);
	}

	/** The catalogue look-up kept with the current model; not under the map's lock (it reads the database). */
	private static <T> T remembered(Map<String, T> looked, String key, Supplier<T> lookup) {
		var known = looked.get(key);
		if (known == null) {
			known = lookup.get();
			looked.put(key, known);
		}
		return known;
	}

	private Optional<AgencySummary> byCode(String code) {
		return body("code:" + code, () -> agencies.findByCode(code));
	}

	private Optional<AgencySummary> regionalUnit(String regionCode, String unitKind) {
		return body("unit:" + regionCode + ":" + unitKind, () -> agencies.findRegionalUnit(regionCode, unitKind));
	}

	private Optional<RuleAndTarget> unit(String regionCode, @Nullable String unitKind, RoutingRule rule) {
		return Optional.ofNullable(unitKind)
				.flatMap(kind -> regionalUnit(regionCode, kind))
				.map(target -> new RuleAndTarget(target, rule));
	}

	private Optional<RuleAndTarget> government(String regionCode) {
		return body("government:" + regionCode, () -> agencies.findRegionalGovernment(regionCode))
				.map(target -> new RuleAndTarget(target, RoutingRule.REGIONAL_GOVERNMENT));
	}

	private RuleAndTarget nationalAdministrator() {
		var admin = byCode(NATIONAL_ADMINISTRATOR).orElseThrow(() -> new IllegalStateException(
				"The national administrator " + NATIONAL_ADMINISTRATOR + " is missing from the catalogue"));
		return new RuleAndTarget(admin, RoutingRule.NATIONAL_ADMINISTRATOR);
	}
}

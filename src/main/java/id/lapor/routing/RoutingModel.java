package id.lapor.routing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.lapor.agency.AgencySummary;
import id.lapor.agency.NationalAgency;
import id.lapor.agency.UnitKind;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * Everything the router knows, built once from the catalogue and the word lists under {@code routing/}: the
 * category lexicon, the lexicons that recognise national bodies by name and by keyword, and the area rules.
 */
final class RoutingModel {

	/** A special area whose own authority takes certain reports (Batam's water, the IKN area). */
	record AreaRule(String regionPrefix, String categoryPrefix, List<List<String>> cues, String target, String reason) {

		boolean applies(String regionCode, String categoryCode, List<String> tokens) {
			return regionCode.startsWith(regionPrefix) && categoryCode.startsWith(categoryPrefix)
					&& (cues.isEmpty() || cues.stream().anyMatch(cue -> Collections.indexOfSubList(tokens, cue) >= 0));
		}
	}

	/**
	 * A matter the law gives to a particular body whatever the category's default, recognised by its words: a type-A
	 * bus terminal (the transport ministry), mining pits (the province), a prison (Ditjen Pemasyarakatan). The target
	 * is a national body's code, {@code PROVINCE:<unit kind>} or {@code REGENCY:<unit kind>}.
	 */
	record CompetenceRule(String categoryPrefix, List<List<String>> cues, String target, String reason) {

		boolean applies(String categoryCode, List<String> tokens) {
			return categoryCode.startsWith(categoryPrefix)
					&& cues.stream().anyMatch(cue -> Collections.indexOfSubList(tokens, cue) >= 0);
		}
	}

	final TextAnalyzer analyzer;
	final Lexicon categories;
	final Lexicon bodyNames;
	final Lexicon bodyKeywords;
	final Map<String, Category> categoryByCode;
	final Map<String, NationalAgency> bodyByCode;
	final Map<String, Set<List<String>>> categoryKeywordTokens;
	final List<AreaRule> areaRules;
	final List<CompetenceRule> competenceRules;
	/**
	 * Bodies looked up in the catalogue while this model is current (by region and unit kind, by code): a decision
	 * needs several, and the catalogue changes only together with a new model ({@link RoutingService#reload()}).
	 */
	final Map<String, Optional<AgencySummary>> bodies = new ConcurrentHashMap<>();
	/** Per region, whether it has departments of its own, looked up like {@link #bodies}. */
	final Map<String, Boolean> departments = new ConcurrentHashMap<>();

	private RoutingModel(TextAnalyzer analyzer, Lexicon categories, Lexicon bodyNames, Lexicon bodyKeywords,
			Map<String, Category> categoryByCode, Map<String, NationalAgency> bodyByCode,
			Map<String, Set<List<String>>> categoryKeywordTokens, List<AreaRule> areaRules,
			List<CompetenceRule> competenceRules) {
		this.analyzer = analyzer;
		this.categories = categories;
		this.bodyNames = bodyNames;
		this.bodyKeywords = bodyKeywords;
		this.categoryByCode = categoryByCode;
		this.bodyByCode = bodyByCode;
		this.categoryKeywordTokens = categoryKeywordTokens;
		this.areaRules = areaRules;
		this.competenceRules = competenceRules;
	}

	static RoutingModel build(List<Category> allCategories, List<NationalAgency> bodies, List<UnitKind> unitKinds) {

		var analyzer = newAnalyzer();
		var generic = readRows("routing/generic-words.csv").stream().map(row -> row[0]).collect(Collectors.toSet());
		var categoryByCode = allCategories.stream().filter(Category::isActive)
				.collect(Collectors.toMap(Category::getCode, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		var bodyByCode = bodies.stream().filter(NationalAgency::active)
				.collect(Collectors.toMap(NationalAgency::code, Function.identity()));
		var unitKeywords = unitKinds.stream().collect(Collectors.toMap(UnitKind::code, UnitKind::keywords));

		var categoryLexicon = Lexicon.builder(analyzer, generic);
		var keywordTokens = new LinkedHashMap<String, Set<List<String>>>();
		// Top-level categories with sub-categories lend their words to their children and do not compete themselves.
		var parents = categoryByCode.values().stream().map(Category::getParentCode).filter(Objects::nonNull)
				.collect(Collectors.toSet());
		for (var category : categoryByCode.values()) {
			if (parents.contains(category.getCode())) {
				continue;
			}
			var own = split(category.getKeywords());
			categoryLexicon.add(category.getCode(), own, 1.0);
			keywordTokens.put(category.getCode(),
					own.stream().map(analyzer::tokens).collect(Collectors.toCollection(HashSet::new)));

			var parent = category.getParentCode() == null ? null : categoryByCode.get(category.getParentCode());
			if (parent != null) {
				categoryLexicon.add(category.getCode(), split(parent.getKeywords()), 0.5);
			}
			var body = category.getNationalAgencyCode() == null ? null : bodyByCode.get(category.getNationalAgencyCode());
			if (body != null) {
				categoryLexicon.add(category.getCode(), body.keywords(), 0.6);
				categoryLexicon.add(category.getCode(), names(body), 1.0);
			}
			if (category.getUnitKindCode() != null) {
				categoryLexicon.add(category.getCode(), unitKeywords.getOrDefault(category.getUnitKindCode(), List.of()),
						0.25);
			}
		}
		for (var extra : readRows("routing/lexicon.csv")) {
			var target = extra[0];
			if (target.startsWith("category:") && categoryByCode.containsKey(target.substring("category:".length()))) {
				categoryLexicon.add(target.substring("category:".length()), split(extra[1]), Double.parseDouble(extra[2]));
			}
		}

		var nameLexicon = Lexicon.builder(analyzer, generic);
		var keywordLexicon = Lexicon.builder(analyzer, generic);
		for (var body : bodyByCode.values()) {
			nameLexicon.add(body.code(), names(body), 1.0);
			keywordLexicon.add(body.code(), body.keywords(), 1.0);
		}

		var areaRules = readRows("routing/area-rules.csv").stream()
				.map(row -> new AreaRule(row[0], row[1], split(row[2]).stream().map(analyzer::tokens).toList(), row[3],
						row[4]))
				.toList();

		var competenceRules = readRows("routing/competence-rules.csv").stream()
				.map(row -> new CompetenceRule(row[0], split(row[1]).stream().map(analyzer::tokens)
						.filter(tokens -> !tokens.isEmpty()).toList(), row[2], row[3]))
				.toList();

		return new RoutingModel(analyzer, categoryLexicon.build(), nameLexicon.build(), keywordLexicon.build(),
				categoryByCode, bodyByCode, keywordTokens, areaRules, competenceRules);
	}

	/** The names people use for a body: its short name and full name (and its code where that is a word). */
	private static List<String> names(NationalAgency body) {
		var names = new ArrayList<String>();
		names.add(body.name());
		if (body.shortName() != null) {
			names.add(body.shortName());
		}
		return names;
	}

	/** The analyser of reports and keywords, with the informal spellings of {@code routing/slang.csv}. */
	static TextAnalyzer newAnalyzer() {
		return new TextAnalyzer(readPairs("routing/slang.csv"));
	}

	static List<String> split(@Nullable String keywords) {
		return keywords == null ? List.of()
				: Arrays.stream(keywords.split(";")).map(String::strip).filter(word -> !word.isEmpty()).toList();
	}

	private static Map<String, String> readPairs(String resource) {
		return readRows(resource).stream().collect(Collectors.toMap(row -> row[0], row -> row[1], (a, b) -> a,
				LinkedHashMap::new));
	}

	/** Rows of a small CSV file without quoted commas; the header is skipped. */
	private static List<String[]> readRows(String resource) {
		try (var reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines().skip(1).filter(line -> !line.isBlank())
					.map(line -> line.split(",", -1))
					.toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

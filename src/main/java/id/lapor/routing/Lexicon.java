package id.lapor.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Phrases that point to a target (a category or a national body), each analysed into tokens and weighted: longer
 * phrases weigh more, phrases shared by many targets less (a form of inverse document frequency).
 */
final class Lexicon {

	/** A phrase found with other words between its words counts this much. */
	static final double LOOSE_MATCH = 0.7;

	/** How many other words may stand between the words of a phrase that is found loosely. */
	static final int MAX_GAP = 3;

	/** One phrase for one target. {@code phrase} is the text as written, for explanations. */
	record Term(String target, String phrase, List<String> tokens, double weight) {}

	/** Where and how strongly a term was found. */
	record Match(Term term, double score) {}

	private final Map<String, List<Term>> termsByFirstToken = new HashMap<>();
	private final Set<String> targets = new TreeSet<>();

	private Lexicon() {}

	/**
	 * @param generic words too common in reports to point anywhere on their own ("pelayanan", "kelurahan")
	 */
	static Builder builder(TextAnalyzer analyzer, Set<String> generic) {
		return new Builder(analyzer, generic);
	}

	/**
	 * All matches in a text, grouped by target; a term counts once, with the field weight of its best occurrence.
	 */
	Map<String, List<Match>> match(List<String> title, List<String> body, double titleBoost) {

		var best = new LinkedHashMap<Term, Double>();
		find(title, titleBoost, best);
		find(body, 1.0, best);

		var byTarget = new LinkedHashMap<String, List<Match>>();
		best.forEach((term, boost) -> byTarget.computeIfAbsent(term.target(), key -> new ArrayList<>())
				.add(new Match(term, term.weight() * boost)));
		return byTarget;
	}

	Set<String> targets() {
		return targets;
	}

	private void find(List<String> tokens, double boost, Map<Term, Double> best) {
		for (int i = 0; i < tokens.size(); i++) {
			for (var term : termsByFirstToken.getOrDefault(tokens.get(i), List.of())) {
				if (matchesAt(tokens, i, term.tokens())) {
					best.merge(term, boost, Math::max);
				} else if (term.tokens().size() > 1 && matchesLooselyAt(tokens, i, term.tokens())) {
					best.merge(term, boost * LOOSE_MATCH, Math::max);
				}
			}
		}
	}

	/** The phrase's words in order, with at most {@link #MAX_GAP} other words between neighbours. */
	private static boolean matchesLooselyAt(List<String> tokens, int start, List<String> phrase) {
		int position = start;
		for (int j = 1; j < phrase.size(); j++) {
			int found = -1;
			for (int k = position + 1; k <= Math.min(tokens.size() - 1, position + 1 + MAX_GAP); k++) {
				if (tokens.get(k).equals(phrase.get(j))) {
					found = k;
					break;
				}
			}
			if (found < 0) {
				return false;
			}
			position = found;
		}
		return true;
	}

	private static boolean matchesAt(List<String> tokens, int start, List<String> phrase) {
		if (start + phrase.size() > tokens.size()) {
			return false;
		}
		for (int j = 0; j < phrase.size(); j++) {
			if (!tokens.get(start + j).equals(phrase.get(j))) {
				return false;
			}
		}
		return true;
	}

	static final class Builder {

		private record Raw(String target, String phrase, List<String> tokens, double base) {}

		private final TextAnalyzer analyzer;
		private final Set<String> generic;
		private final List<Raw> raw = new ArrayList<>();

		private Builder(TextAnalyzer analyzer, Set<String> generic) {
			this.analyzer = analyzer;
			this.generic = generic;
		}

		/** Adds phrases for a target with a base weight (1 = the target's own keywords). */
		Builder add(String target, Collection<String> phrases, double base) {
			for (var phrase : phrases) {
				var tokens = analyzer.tokens(phrase);
				// "semua rusak" without its stop word would be just "rusak": too vague to point anywhere.
				if (!tokens.isEmpty() && !(tokens.size() == 1 && TextAnalyzer.wordCount(phrase) > 1)
						&& !(tokens.size() == 1 && generic.contains(phrase.strip()))) {
					raw.add(new Raw(target, phrase, tokens, base));
				}
			}
			return this;
		}

		Lexicon build() {

			var targetsByTokens = new HashMap<List<String>, Set<String>>();
			raw.forEach(entry -> targetsByTokens.computeIfAbsent(entry.tokens(), key -> new TreeSet<>())
					.add(entry.target()));
			var targetCount = raw.stream().map(Raw::target).distinct().count();

			// The strongest entry per target and phrase wins (a keyword may arrive by several paths).
			var strongest = new LinkedHashMap<List<Object>, Raw>();
			for (var entry : raw) {
				strongest.merge(List.of(entry.target(), entry.tokens()), entry,
						(a, b) -> a.base() >= b.base() ? a : b);
			}

			var lexicon = new Lexicon();
			for (var entry : strongest.values()) {
				int sharedBy = targetsByTokens.get(entry.tokens()).size();
				double specificity = Math.log(1.0 + (double) targetCount / sharedBy) / Math.log(1.0 + targetCount);
				double length = 1.0 + 0.25 * (entry.tokens().size() - 1);
				var term = new Term(entry.target(), entry.phrase(), entry.tokens(), entry.base() * length * specificity);
				lexicon.termsByFirstToken.computeIfAbsent(entry.tokens().getFirst(), key -> new ArrayList<>()).add(term);
				lexicon.targets.add(entry.target());
			}
			return lexicon;
		}
	}
}

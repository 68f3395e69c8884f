package id.lapor.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns Indonesian as people write it into comparable tokens: informal spellings and common English words are
 * mapped to standard Indonesian first (a word list, {@code routing/slang.csv}), then Lucene's Indonesian stop words
 * and stemmer ("pemadaman" and "padam" meet, "berlubang" and "lubang" too). Keywords and reports go through the same
 * steps, so they match however they were inflected.
 */
final class TextAnalyzer {

	/** "Kepada PLN", "Yth. Bapak Bupati": who a report is addressed to says little about who must handle it. */
	private static final Pattern ADDRESSEE = Pattern.compile(
			"(?iu)(?<![\\p{L}\\p{N}])(kepada yth|kepada|kpd|yth|yang terhormat|ditujukan kepada|ditujukan ke)\\.?"
					+ "([^.,:;!?\\n]{0,60})");

	/**
	 * Words whose stem means something else: "kecamatan" (a district, usually just an address) is not "camat" (the
	 * district head), "perumahan" (a housing estate) is not "rumah" (a house).
	 */
	private static final CharArraySet UNSTEMMED = new CharArraySet(
			List.of("kecamatan", "kelurahan", "perumahan", "permukiman", "pemukiman", "pekerjaan", "perizinan",
					"dirumahkan"), false);

	/** Lucene's Indonesian stop words, except negations: "air tidak mengalir" must not become "air mengalir". */
	private static final CharArraySet STOP_WORDS = stopWords();

	private final Analyzer analyzer;
	private final Map<String, String> replacements;
	private final Pattern replaceable;

	TextAnalyzer(Map<String, String> replacements) {

		this.replacements = replacements;
		this.replaceable = replacements.isEmpty() ? Pattern.compile("(?!)")
				: Pattern.compile("(?<![\\p{L}\\p{N}])(" + replacements.keySet().stream()
						.sorted(Comparator.comparingInt(String::length).reversed())
						.map(Pattern::quote)
						.collect(Collectors.joining("|")) + ")(?![\\p{L}\\p{N}])");
		this.analyzer = new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				var source = new StandardTokenizer();
				var stream = new IndonesianStemFilter(new SetKeywordMarkerFilter(
						new StopFilter(new LowerCaseFilter(source), STOP_WORDS), UNSTEMMED));
				return new TokenStreamComponents(source, stream);
			}
		};
	}

	/**
	 * The addressees named in a text ("PLN dan pemerintah" in "Kepada PLN dan pemerintah, ...").
	 */
	static List<String> addressees(String text) {
		var found = new ArrayList<String>();
		var matcher = ADDRESSEE.matcher(text);
		while (matcher.find()) {
			var addressee = matcher.group(2).strip();
			if (!addressee.isEmpty()) {
				found.add(addressee);
			}
		}
		return found;
	}

	/**
	 * The text without its addressees, for deciding who is responsible.
	 */
	static String withoutAddressees(String text) {
		return ADDRESSEE.matcher(text).replaceAll(" ");
	}

	private static CharArraySet stopWords() {
		var negations = List.of("tidak", "belum", "bukan", "tanpa", "kurang");
		var words = new CharArraySet(400, false);
		for (var word : IndonesianAnalyzer.getDefaultStopSet()) {
			var text = new String((char[]) word);
			if (!negations.contains(text)) {
				words.add(text);
			}
		}
		return CharArraySet.unmodifiableSet(words);
	}

	/** The number of words a phrase has before stop words are removed. */
	static int wordCount(String phrase) {
		return phrase.strip().isEmpty() ? 0 : phrase.strip().split("[\\s-]+").length;
	}

	List<String> tokens(String text) {

		var normalized = normalize(text.toLowerCase(Locale.ROOT));
		var tokens = new ArrayList<String>();
		try (var stream = analyzer.tokenStream("text", normalized)) {
			var term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return tokens;
	}

	private String normalize(String text) {
		Matcher matcher = replaceable.matcher(text);
		return matcher.replaceAll(match -> Matcher.quoteReplacement(replacements.get(match.group(1))));
	}
}

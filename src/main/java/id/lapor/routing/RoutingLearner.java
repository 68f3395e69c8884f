package id.lapor.routing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import id.lapor.agency.AgencyCatalogue;
import id.lapor.agency.AgencyLevel;
import id.lapor.agency.AgencySummary;
import id.lapor.agency.RegionDirectory;
import id.lapor.agency.RegionSummary;

import org.apache.commons.csv.CSVFormat;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.classification.KNearestNeighborClassifier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * The router's learner: what people taught it, as a k-nearest-neighbour classifier (Lucene's
 * {@code lucene-classification}) over the labelled reports: the training part of {@code routing/corpus.csv} and every
 * report an officer forwarded or the national administrator verified ({@code routing_examples}). It proposes where a
 * report goes; {@link RoutingService} takes the proposal over the category's default body when enough of the most
 * similar reports agree. See docs/routing.md "Learning from corrections".
 * <p>
 * A label is relative to the report's region ({@code REGENCY:DLH}, {@code PROVINCE:GOVERNMENT}) or a body's code, so
 * a lesson learnt in one regency serves them all. Each instance keeps its own index in memory and rebuilds it when the
 * examples changed (looked at by {@link CatalogueWatch}, and at once here after a correction).
 */
@Component
class RoutingLearner {

	private static final Logger LOG = LoggerFactory.getLogger(RoutingLearner.class);
	private static final String TEXT = "text";
	private static final String TARGET = "target";
	/** How many of the most similar reports vote. */
	static final int NEIGHBOURS = 10;
	/** The newest corrections the index holds (a few MB); older lessons are repeated by newer ones. */
	static final int NEWEST_EXAMPLES = 20_000;
	private static final int PAGE = 1_000;
	/** Fewer words than this say too little to compare ("-1", "tolong"). */
	static final int MINIMUM_TOKENS = 3;
	/**
	 * A correction counts as this many corpus reports (it is indexed that many times): it is a person's word against
	 * the rules and the corpus, which mostly agree with each other. One forward does not overturn a confident rule;
	 * a few alike do.
	 */
	static final int CORRECTION_WEIGHT = 3;
	static final String GOVERNMENT = "GOVERNMENT";

	private final JdbcClient jdbc;
	private final AgencyCatalogue agencies;
	private final RegionDirectory regions;
	private final TextAnalyzer analyzer = RoutingModel.newAnalyzer();
	private final List<Labelled> corpus;
	private @Nullable Snapshot snapshot;

	/** A proposal: the target and the classifier's score (0–1: the similarity-weighted share of the neighbours). */
	record Proposal(String target, double score) {
	}

	private record Labelled(String tokens, String target) {
	}

	private record Snapshot(long lastExample, long examples, long lastRecorded, DirectoryReader reader,
			KNearestNeighborClassifier classifier) {
	}

	RoutingLearner(JdbcClient jdbc, AgencyCatalogue agencies, RegionDirectory regions) {
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.regions = regions;
		this.corpus = trainingCorpus();
	}

	/**
	 * Where the reports most like this one went, if any were similar at all.
	 */
	synchronized Optional<Proposal> propose(List<String> tokens) {
		if (tokens.size() < MINIMUM_TOKENS) {
			return Optional.empty();
		}
		if (snapshot == null) {
			refresh();
		}
		var current = Objects.requireNonNull(snapshot);
		try {
			var classes = current.classifier().getClasses(String.join(" ", tokens));
			if (classes == null || classes.isEmpty()) {
				return Optional.empty();
			}
			var best = classes.stream().max((a, b) -> Double.compare(a.getScore(), b.getScore())).orElseThrow();
			var target = best.getAssignedClass().utf8ToString();
			return Optional.of(new Proposal(target, best.getScore()));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A correction: stored as an example (the latest per report), then the index is rebuilt on this instance; the
	 * others see it at their next look.
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(RoutingCorrected event) {
		var body = agencies.findById(event.agencyId());
		var region = regions.find(event.regionCode());
		if (body.isEmpty() || region.isEmpty()) {
			return;
		}
		var target = targetOf(body.get(), agencies.findUnitKind(body.get().id()), region.get());
		jdbc.sql("""
				insert into routing_examples (report_id, text, region_code, target, source)
				values (?, ?, ?, ?, ?)
				on conflict (report_id) do update
				set text = excluded.text, region_code = excluded.region_code, target = excluded.target,
				    source = excluded.source, recorded_at = now()""")
				.params(event.reportId(), event.title() + "\n" + event.text(), event.regionCode(), target,
						event.source().name())
				.update();
		refresh();
	}

	/** Rebuilds the index when the stored examples changed since it was built (on any instance). */
	synchronized void refresh() {
		// A new example raises the newest id; a report corrected again keeps its row and id but its time moves.
		var state = jdbc.sql("""
				select coalesce(max(id), 0), count(*),
				       coalesce((extract(epoch from max(recorded_at)) * 1000000)::bigint, 0)
				from routing_examples""")
				.query((row, index) -> new long[] { row.getLong(1), row.getLong(2), row.getLong(3) }).single();
		if (snapshot == null || snapshot.lastExample() != state[0] || snapshot.examples() != state[1]
				|| snapshot.lastRecorded() != state[2]) {
			rebuild(state[2]);
		}
	}

	/** How many corrections the current index holds. */
	synchronized long examples() {
		return snapshot == null ? 0 : snapshot.examples();
	}

	private void rebuild(long lastRecorded) {
		try {
			var directory = new ByteBuffersDirectory();
			long last = 0;
			long count = 0;
			try (var writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
				for (var example : corpus) {
					writer.addDocument(document(example.tokens(), example.target()));
				}
				// The newest corrections, a page at a time (never the whole table in memory).
				long before = Long.MAX_VALUE;
				while (count < NEWEST_EXAMPLES) {
					var page = jdbc.sql("""
							select id, text, target from routing_examples where id < ? order by id desc limit ?""")
							.params(before, PAGE)
							.query((row, index) -> new Object[] { row.getLong(1), row.getString(2), row.getString(3) })
							.list();
					for (var row : page) {
						var tokens = String.join(" ", analyzer.tokens((String) row[1]));
						if (!tokens.isBlank()) {
							for (int copy = 0; copy < CORRECTION_WEIGHT; copy++) {
								writer.addDocument(document(tokens, (String) row[2]));
							}
						}
						last = Math.max(last, (Long) row[0]);
						count++;
					}
					if (page.size() < PAGE) {
						break;
					}
					before = (Long) page.getLast()[0];
				}
			}
			var reader = DirectoryReader.open(directory);
			var classifier = new KNearestNeighborClassifier(reader, new BM25Similarity(), new WhitespaceAnalyzer(),
					null, NEIGHBOURS, 1, 1, TARGET, TEXT);
			var previous = snapshot;
			snapshot = new Snapshot(last, count, lastRecorded, reader, classifier);
			if (previous != null) {
				previous.reader().close();
			}
			LOG.debug("Routing learner rebuilt: {} corpus reports, {} corrections", corpus.size(), count);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Document document(String tokens, String target) {
		var document = new Document();
		document.add(new TextField(TEXT, tokens, Field.Store.NO));
		document.add(new StringField(TARGET, target, Field.Store.YES));
		return document;
	}

	/**
	 * A body as a target relative to a report's region: a national body's code; the report's province's or
	 * regency's government or unit kind ({@code PROVINCE:DISDIK}); else (a body of another region) its code.
	 */
	static String targetOf(AgencySummary body, Optional<String> unitKind, RegionSummary region) {
		if (body.level() == AgencyLevel.NATIONAL || body.regionCode() == null) {
			return body.code();
		}
		var level = body.regionCode().equals(region.provinceCode()) ? "PROVINCE"
				: body.regionCode().equals(region.code()) ? "REGENCY" : null;
		if (level == null) {
			return body.code();
		}
		if (body.isRegionalGovernment()) {
			return level + ":" + GOVERNMENT;
		}
		return unitKind.map(kind -> level + ":" + kind).orElse(body.code());
	}

	/**
	 * The corpus's rows except its held-out split (every fifth line, from line 5), which stays out of training so that
	 * the router can be scored on it ({@code CorpusRoutingEvaluationTests}).
	 */
	private List<Labelled> trainingCorpus() {
		var rows = new ArrayList<Labelled>();
		try (var reader = new InputStreamReader(new ClassPathResource("routing/corpus.csv").getInputStream(),
				StandardCharsets.UTF_8)) {
			var records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
			int index = 0;
			for (var record : records) {
				boolean heldOut = (index + 2) % 5 == 0;
				index++;
				if (heldOut) {
					continue;
				}
				var tokens = String.join(" ", analyzer.tokens(record.get("title") + "\n" + record.get("body")));
				if (!tokens.isBlank()) {
					rows.add(new Labelled(tokens, corpusTarget(record.get("expected_target"))));
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return List.copyOf(rows);
	}

	/** The corpus's {@code REGION:<code>[:<unit kind>]} as a target relative to the region. */
	static String corpusTarget(String expected) {
		if (!expected.startsWith("REGION:")) {
			return expected;
		}
		var parts = expected.split(":");
		var level = parts[1].contains(".") ? "REGENCY" : "PROVINCE";
		return level + ":" + (parts.length > 2 ? parts[2] : GOVERNMENT);
	}
}

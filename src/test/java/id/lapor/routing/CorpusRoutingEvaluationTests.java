package id.lapor.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.IntStream;

import id.lapor.IntegrationTest;
import id.lapor.agency.AgencyCatalogue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The labelled corpus ({@code routing/corpus.csv}, 2,161 short reports from about 230 scenarios; how:
 * {@code corpus.md}): its rows must name bodies and categories that exist, and the router's figures on its held-out
 * split (every fifth line) are printed beside the blind set's. The split is optimistic (variants of one scenario fall
 * on both sides); it is there for a learner trained on the other rows. Misses are not printed, as for the blind set.
 */
@IntegrationTest
class CorpusRoutingEvaluationTests {

	@Autowired RoutingService routing;
	@Autowired AgencyCatalogue agencies;
	@Autowired RoutingLearner learner;
	@Autowired JdbcClient jdbc;

	/** The router as shipped: its learner knows the corpus only, not the corrections other tests made. */
	@BeforeEach
	void withoutCorrections() {
		jdbc.sql("delete from routing_examples").update();
		learner.refresh();
	}
	@Autowired CategoryCatalogue categories;

	@Test
	void everyLabelExistsAndTheHeldOutSplitIsScored() throws IOException {

		var corpus = RoutingEvaluationTests.examples("routing/corpus.csv");
		// Line numbers count the header as line 1: the example at index i is on line i + 2.
		var heldOut = IntStream.range(0, corpus.size()).filter(index -> (index + 2) % 5 == 0).mapToObj(corpus::get)
				.toList();

		var all = RoutingScore.of("corpus, all rows", corpus, routing, agencies);
		var split = RoutingScore.of("corpus, held-out split", heldOut, routing, agencies);
		split.print(false);

		assertThat(corpus).hasSizeGreaterThanOrEqualTo(2000);
		assertThat(heldOut).hasSizeGreaterThanOrEqualTo(400);
		// 73 % by the rules alone, 84 % with the learner trained on the other rows (variants of the same scenarios).
		assertThat(split.bodyAccuracy()).as("held-out body top-1 accuracy").isGreaterThanOrEqualTo(0.80);
		assertThat(all.unknownTargets()).as("every expected body is in the catalogue").isEmpty();
		assertThat(corpus).extracting(RoutingEvaluationTests.Example::category)
				.allSatisfy(category -> assertThat(categories.find(category, Locale.ROOT)).as(category).isPresent());
	}
}

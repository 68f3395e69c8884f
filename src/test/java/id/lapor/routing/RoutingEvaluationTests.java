package id.lapor.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.lapor.IntegrationTest;
import id.lapor.agency.AgencyCatalogue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.core.io.ClassPathResource;

/**
 * Top-1 accuracy of the router on the labelled examples ({@code routing/routing-examples.csv}, from the project's
 * seed data). The lexicon and rules were written by people who had read these examples, so this is a regression
 * bar, not a blind estimate; nothing is learned from the examples automatically.
 */
@IntegrationTest
class RoutingEvaluationTests {

	static final double REQUIRED_ACCURACY = 0.90;

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

	record Example(String title, String body, String regionCode, String category, String target, String note) {

		String expectedBodyCode() {
			if (!target.startsWith("REGION:")) {
				return target;
			}
			var parts = target.split(":");
			return parts.length == 2 ? "pemda-" + parts[1] : parts[2].toLowerCase(Locale.ROOT) + "-" + parts[1];
		}
	}

	@Test
	void routesAtLeastNinetyPercentOfTheExamplesToTheExpectedBodyAndCategory() throws IOException {

		var score = RoutingScore.of("seed examples", examples(), routing, agencies);
		score.print(true);

		assertThat(score.size()).isGreaterThanOrEqualTo(100);
		assertThat(score.unknownTargets()).isEmpty();
		assertThat(score.bodyAccuracy()).as("body top-1 accuracy").isGreaterThanOrEqualTo(REQUIRED_ACCURACY);
		assertThat(score.categoryAccuracy()).as("category top-1 accuracy").isGreaterThanOrEqualTo(REQUIRED_ACCURACY);
	}

	static List<Example> examples() throws IOException {
		return examples("routing/routing-examples.csv");
	}

	static List<Example> examples(String resource) throws IOException {
		try (var reader = new java.io.BufferedReader(new InputStreamReader(
				new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			var rows = Csv.parse(reader);
			return rows.stream().skip(1)
					.map(row -> new Example(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4), row.get(5)))
					.toList();
		}
	}

	/** RFC 4180 CSV, enough for the examples file. */
	static final class Csv {

		static List<List<String>> parse(java.io.Reader reader) throws IOException {
			var rows = new ArrayList<List<String>>();
			var row = new ArrayList<String>();
			var field = new StringBuilder();
			boolean quoted = false;
			int c;
			while ((c = reader.read()) != -1) {
				char ch = (char) c;
				if (quoted) {
					if (ch == '"') {
						reader.mark(1);
						int next = reader.read();
						if (next == '"') {
							field.append('"');
						} else {
							quoted = false;
							if (next != -1) {
								reader.reset();
							}
						}
					} else {
						field.append(ch);
					}
				} else if (ch == '"') {
					quoted = true;
				} else if (ch == ',') {
					row.add(field.toString());
					field.setLength(0);
				} else if (ch == '\n') {
					row.add(field.toString());
					field.setLength(0);
					rows.add(row);
					row = new ArrayList<>();
				} else if (ch != '\r') {
					field.append(ch);
				}
			}
			if (!field.isEmpty() || !row.isEmpty()) {
				row.add(field.toString());
				rows.add(row);
			}
			return rows;
		}
	}
}

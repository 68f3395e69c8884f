package id.lapor.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.lapor.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

		var examples = examples();
		int bodies = 0;
		int categories = 0;
		var misses = new ArrayList<String>();

		for (var example : examples) {
			var decision = routing.decide(RoutingRequest.of(example.title(), example.body(), example.regionCode()),
					Locale.forLanguageTag("id"));
			var bodyRight = decision.target().code().equals(example.expectedBodyCode());
			var categoryRight = decision.category().code().equals(example.category());
			bodies += bodyRight ? 1 : 0;
			categories += categoryRight ? 1 : 0;
			if (!bodyRight || !categoryRight) {
				misses.add(String.format("%s%s %-40.40s | want %s / %s | got %s / %s (%.2f) %s",
						bodyRight ? " " : "B", categoryRight ? " " : "C", example.title(), example.expectedBodyCode(),
						example.category(), decision.target().code(), decision.category().code(), decision.confidence(),
						decision.explanation()));
			}
		}

		double bodyAccuracy = (double) bodies / examples.size();
		double categoryAccuracy = (double) categories / examples.size();
		System.out.printf("Routing evaluation on %d examples: body top-1 %.1f%%, category top-1 %.1f%%%n",
				examples.size(), 100 * bodyAccuracy, 100 * categoryAccuracy);
		misses.forEach(System.out::println);

		assertThat(examples).hasSizeGreaterThanOrEqualTo(100);
		assertThat(bodyAccuracy).as("body top-1 accuracy").isGreaterThanOrEqualTo(REQUIRED_ACCURACY);
		assertThat(categoryAccuracy).as("category top-1 accuracy").isGreaterThanOrEqualTo(REQUIRED_ACCURACY);
	}

	static List<Example> examples() throws IOException {
		try (var reader = new java.io.BufferedReader(new InputStreamReader(
				new ClassPathResource("routing/routing-examples.csv").getInputStream(), StandardCharsets.UTF_8))) {
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

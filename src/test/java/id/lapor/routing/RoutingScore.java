package id.lapor.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import id.lapor.agency.AgencyCatalogue;
import id.lapor.agency.AgencyLevel;
import id.lapor.agency.AgencySummary;

/**
 * How the router does on a labelled set: top-1 and top-3 accuracy for the body, top-1 for the category, and the
 * confusion by body kind (which kind of body was expected, which kind the router chose). Printed by the evaluation
 * tests and copied into docs/routing.md.
 */
record RoutingScore(String name, int size, int bodies, int bodiesTop3, int categories, List<String> unknownTargets,
		Map<String, Map<String, Integer>> confusion, List<String> misses, List<Routed> routed) {

	/** One report: the router's confidence and whether the body was right. */
	record Routed(double confidence, boolean right) {}

	/** At a verification threshold: the share routed without a person, and how many of those were right. */
	record Calibration(double threshold, double automatic, double accuracy) {}

	static RoutingScore of(String name, List<RoutingEvaluationTests.Example> examples, RoutingService routing,
			AgencyCatalogue agencies) {

		int bodies = 0;
		int top3 = 0;
		int categories = 0;
		var unknown = new ArrayList<String>();
		var confusion = new TreeMap<String, Map<String, Integer>>();
		var misses = new ArrayList<String>();
		var routed = new ArrayList<Routed>();

		for (var example : examples) {
			var expected = agencies.findByCode(example.expectedBodyCode());
			if (expected.isEmpty()) {
				unknown.add(example.expectedBodyCode() + " (" + example.title() + ")");
			}
			var decision = routing.decide(RoutingRequest.of(example.title(), example.body(), example.regionCode()),
					Locale.forLanguageTag("id"));
			var bodyRight = decision.target().code().equals(example.expectedBodyCode());
			var inTop3 = bodyRight || decision.alternatives().stream().limit(2)
					.anyMatch(alternative -> alternative.target().code().equals(example.expectedBodyCode()));
			var categoryRight = decision.category().code().equals(example.category());
			routed.add(new Routed(decision.confidence(), bodyRight));
			bodies += bodyRight ? 1 : 0;
			top3 += inTop3 ? 1 : 0;
			categories += categoryRight ? 1 : 0;
			confusion.computeIfAbsent(expected.map(RoutingScore::kind).orElse("?"), kind -> new TreeMap<>())
					.merge(kind(decision.target()), 1, Integer::sum);
			if (!bodyRight || !categoryRight) {
				misses.add(String.format("%s%s %-40.40s | want %s / %s | got %s / %s (%.2f) %s",
						bodyRight ? " " : "B", categoryRight ? " " : "C", example.title(), example.expectedBodyCode(),
						example.category(), decision.target().code(), decision.category().code(), decision.confidence(),
						decision.explanation()));
			}
		}
		return new RoutingScore(name, examples.size(), bodies, top3, categories, unknown, confusion, misses, routed);
	}

	/** The kind of body, as docs/routing.md reports the confusion. */
	static String kind(AgencySummary agency) {
		if (agency.level() == AgencyLevel.NATIONAL) {
			return switch (agency.kind()) {
				case "MINISTRY", "COORDINATING_MINISTRY" -> "ministry";
				case "SOE" -> "SOE";
				case "SUPERVISOR" -> "supervisor";
				default -> "agency";
			};
		}
		if ("BUMD".equals(agency.kind())) {
			return "BUMD";
		}
		var government = agency.code().startsWith("pemda-");
		return (agency.level() == AgencyLevel.PROVINCE ? "province " : "regency ") + (government ? "government" : "unit");
	}

	/** Thresholds 0.30, 0.35, … 0.95: what goes without a person (confidence at or above it) and how right it is. */
	List<Calibration> calibration() {
		var table = new ArrayList<Calibration>();
		for (int step = 6; step <= 19; step++) {
			double threshold = step * 0.05;
			var automatic = routed.stream().filter(report -> report.confidence() >= threshold).toList();
			double right = automatic.stream().filter(Routed::right).count();
			table.add(new Calibration(threshold, (double) automatic.size() / size,
					automatic.isEmpty() ? 1.0 : right / automatic.size()));
		}
		return table;
	}

	double bodyAccuracy() {
		return (double) bodies / size;
	}

	double bodyTop3Accuracy() {
		return (double) bodiesTop3 / size;
	}

	double categoryAccuracy() {
		return (double) categories / size;
	}

	/** The figures; the misses too when {@code withMisses} (never for the blind set: nobody tunes the router to it). */
	void print(boolean withMisses) {
		System.out.printf("Routing evaluation, %s, %d reports: body top-1 %.1f%%, body top-3 %.1f%%, category top-1 %.1f%%%n",
				name, size, 100 * bodyAccuracy(), 100 * bodyTop3Accuracy(), 100 * categoryAccuracy());
		var kinds = confusion.values().stream().flatMap(row -> row.keySet().stream())
				.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
		kinds.addAll(confusion.keySet());
		System.out.printf("%-20s%s%n", "expected \\ chosen", kinds.stream().map(kind -> String.format("%12.12s", kind))
				.reduce("", String::concat));
		confusion.forEach((expected, row) -> System.out.printf("%-20s%s%n", expected, kinds.stream()
				.map(kind -> String.format("%12d", row.getOrDefault(kind, 0))).reduce("", String::concat)));
		System.out.println("threshold  routed without a person  right among them");
		calibration().forEach(row -> System.out.printf("%9.2f  %22.1f%%  %15.1f%%%n", row.threshold(),
				100 * row.automatic(), 100 * row.accuracy()));
		unknownTargets.forEach(target -> System.out.println("not in the catalogue: " + target));
		if (withMisses) {
			misses.forEach(System.out::println);
		}
	}
}

package id.lapor.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Percentiles from histograms of whole working days, as PostgreSQL's {@code percentile_cont} computes them. */
class TallyTests {

	@Test
	void noValuesHaveNoPercentile() {
		assertThat(new Tally.Histogram().percentile(0.5)).isNull();
	}

	@Test
	void oneValueIsEveryPercentile() {
		var histogram = new Tally.Histogram();
		histogram.add(3, 1);
		assertThat(histogram.percentile(0.5)).isEqualTo(3.0);
		assertThat(histogram.percentile(0.9)).isEqualTo(3.0);
	}

	@Test
	void percentilesInterpolateBetweenNeighbours() {
		// 1, 2, 2, 4, 10: median at position 2 = 2; p90 at position 3.6 = 4 + 0.6 × (10 − 4) = 7.6
		var histogram = new Tally.Histogram();
		histogram.add(2, 2);
		histogram.add(10, 1);
		histogram.add(1, 1);
		histogram.add(4, 1);
		assertThat(histogram.percentile(0.5)).isEqualTo(2.0);
		assertThat(histogram.percentile(0.9)).isCloseTo(7.6, offset(1e-12));
		// 1, 2: median halfway
		var two = new Tally.Histogram();
		two.add(1, 1);
		two.add(2, 1);
		assertThat(two.percentile(0.5)).isEqualTo(1.5);
	}

	@Test
	void negativeValuesComeFirst() {
		// -2, 0, 0, 7: median halfway between 0 and 0; p90 at position 2.7 = 0 + 0.7 × 7
		var histogram = new Tally.Histogram();
		histogram.add(7, 1);
		histogram.add(0, 2);
		histogram.add(-2, 1);
		assertThat(histogram.percentile(0.5)).isEqualTo(0.0);
		assertThat(histogram.percentile(0.9)).isCloseTo(4.9, offset(1e-12));
		assertThat(histogram.percentile(0.0)).isEqualTo(-2.0);
		assertThat(histogram.counts()).containsExactly(Map.entry(-2, 1L), Map.entry(0, 2L),
				Map.entry(7, 1L));
	}

	@Test
	void mergedTalliesAddCountsAndHistograms() {
		var first = new Tally();
		first.received = 3;
		first.ratings = 2;
		first.ratingSum = 9;
		first.response.add(1, 2);
		var second = new Tally();
		second.received = 1;
		second.ratings = 1;
		second.ratingSum = 1;
		second.response.add(5, 1);
		second.response.add(40, 1);
		first.add(second);

		var row = first.toRow("k");
		assertThat(row.received()).isEqualTo(4);
		assertThat(first.response.counts()).containsExactly(Map.entry(1, 2L), Map.entry(5, 1L), Map.entry(40, 1L));
		assertThat(row.averageRating()).isEqualTo(10.0 / 3);
		assertThat(row.durations().firstResponseMedian()).isEqualTo(3.0);
		assertThat(row.durations().completionMedian()).isNull();
	}
}

package id.lapor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import id.lapor.statistics.Indicators;
import id.lapor.statistics.StatisticsRow;

import org.junit.jupiter.api.Test;

class SmallCellSuppressionTests {

	/** A group: received = unverified + red + yellow + green (nothing postponed or archived). */
	private static Indicators group(String key, long unverified, long red, long yellow, long green) {
		return Indicators.of(new StatisticsRow(key, unverified + red + yellow + green, unverified, red, yellow, green, 0,
				0, 0, 0, 0, 0, null, StatisticsRow.OpenAge.NONE, StatisticsRow.Durations.NONE), key);
	}

	private static Indicators totals(List<Indicators> groups) {
		return Indicators.of(new StatisticsRow("total", groups.stream().mapToLong(Indicators::received).sum(),
				groups.stream().mapToLong(Indicators::unverified).sum(), groups.stream().mapToLong(Indicators::red).sum(),
				groups.stream().mapToLong(Indicators::yellow).sum(), groups.stream().mapToLong(Indicators::green).sum(),
				0, 0, 0, 0, 0, 0, null, StatisticsRow.OpenAge.NONE, StatisticsRow.Durations.NONE), "total");
	}

	@Test
	void aGroupOfFewerThanFiveReportsIsWithheldWholeWithItsRates() {

		var small = group("small", 0, 1, 0, 0);
		var groups = List.of(group("a", 10, 10, 10, 10), group("b", 10, 10, 10, 10), small);

		var result = SmallCellSuppression.apply(groups, totals(groups));

		var suppressed = result.groups().get(2);
		assertThat(suppressed.suppressed()).isTrue();
		assertThat(suppressed.received()).isNull();
		assertThat(suppressed.red()).isNull();
		assertThat(suppressed.followUpRate()).isNull();
		assertThat(suppressed.completionRate()).isNull();
		assertThat(suppressed.key()).isEqualTo("small");
	}

	@Test
	void aLoneSmallGroupCannotBeRecomputedFromTheTotals() {

		// Totals 41 minus the other groups' 40 would give the small group's 1: the smallest other group goes too.
		var groups = List.of(group("a", 10, 10, 10, 10), group("small", 0, 1, 0, 0), group("c", 5, 5, 5, 5));

		var result = SmallCellSuppression.apply(groups, totals(groups));

		assertThat(result.totals().received()).isEqualTo(61);
		assertThat(result.groups().get(1).received()).isNull();
		assertThat(result.groups().get(2).received()).as("the smallest other group").isNull();
		assertThat(result.groups().get(0).received()).isEqualTo(40);
	}

	@Test
	void aLoneSmallCountCannotBeRecomputedFromTheGroupsOwnTotal() {

		// received 23 = 10 + 2 + 5 + 6 (+ 0 postponed + 0 archived): the red 2 and the zeros are withheld, and as they
		// add up to 2, the smallest shown count (yellow 5) too.
		var groups = List.of(group("a", 10, 2, 5, 6), group("b", 10, 10, 10, 10), group("c", 10, 10, 10, 10));

		var result = SmallCellSuppression.apply(groups, totals(groups));

		var a = result.groups().get(0);
		assertThat(a.suppressed()).isFalse();
		assertThat(a.received()).isEqualTo(23);
		assertThat(a.red()).isNull();
		assertThat(a.yellow()).isNull();
		assertThat(a.followUpRate()).as("made of the withheld yellow").isNull();
		assertThat(a.completionRate()).isEqualTo(6 / 23.0);
		// Each withheld count of group a is also withheld in another group, so the totals do not give it away.
		assertThat(result.groups().stream().filter(group -> group.red() == null).count()).isGreaterThanOrEqualTo(2);
		assertThat(result.groups().stream().filter(group -> group.yellow() == null).count()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void zeroIsACountBelowFiveToo() {

		var groups = List.of(group("a", 0, 10, 10, 10));

		var result = SmallCellSuppression.apply(groups, totals(groups));

		assertThat(result.groups().getFirst().unverified()).isNull();
		assertThat(result.groups().getFirst().received()).isEqualTo(30);
	}
}

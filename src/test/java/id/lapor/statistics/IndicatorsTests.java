package id.lapor.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IndicatorsTests {

	@Test
	void followUpRateIsInProcessPlusCompletedOverReceived() {
		// KemenPAN-RB's 2020 review of Jambi: 215 received, 12 in process, 77 completed → 41%.
		var jambi = Indicators.of(row("jambi", 215, 0, 126, 12, 77, 0, 0, 0, 0, 0), "Jambi");

		assertThat(jambi.followUpRate()).isCloseTo(0.414, within(0.001));
		assertThat(jambi.completionRate()).isCloseTo(77.0 / 215, within(0.0001));
	}

	@Test
	void reportsPerInhabitantsNeedAKnownPopulation() {
		var row = row("73.71", 50, 0, 50, 0, 0, 0, 0, 0, 0, 0);

		assertThat(Indicators.of(row, "Kota Makassar", 1_000_000L).reportsPer100k()).isCloseTo(5.0, within(0.0001));
		assertThat(Indicators.of(row, "Kota Makassar", null).reportsPer100k()).isNull();
		assertThat(Indicators.of(row, "Kota Makassar", 0L).reportsPer100k()).isNull();
	}

	@Test
	void reportsStillOpenPastTheirDeadlineCountAgainstTheOnTimeRate() {
		// 10 completed, 8 of them on time; 6 more still open and late.
		var body = Indicators.of(row("body", 30, 0, 14, 6, 10, 0, 0, 6, 8, 0), "Dinas");

		assertThat(body.onTimeRate()).isCloseTo(8.0 / 16, within(0.0001));
	}

	@Test
	void noReportsIsNotZeroPercent() {
		var empty = Indicators.of(row("none", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), "Kosong");

		assertThat(empty.followUpRate()).isNull();
		assertThat(empty.completionRate()).isNull();
		assertThat(empty.onTimeRate()).isNull();
		assertThat(empty.reopenRate()).isNull();
	}

	@Test
	void theTotalIsTheDatabasesCountOverAllReports() {
		var total = Indicators.total(row("total", 1000, 0, 900, 0, 100, 0, 0, 900, 100, 0));

		assertThat(total.key()).isEqualTo("total");
		assertThat(total.completionRate()).isCloseTo(0.1, within(0.0001));
		assertThat(total.onTimeRate()).isCloseTo(0.1, within(0.0001));
	}

	private static StatisticsRow row(String key, long received, long unverified, long red, long yellow, long green,
			long postponed, long archived, long overdue, long completedOnTime, long reopened) {
		return new StatisticsRow(key, received, unverified, red, yellow, green, postponed, archived, overdue,
				completedOnTime, reopened, 0, null, StatisticsRow.OpenAge.NONE, StatisticsRow.Durations.NONE);
	}
}

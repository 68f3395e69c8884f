package id.lapor.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.lapor.statistics.ReportRollup.Grain;

import org.junit.jupiter.api.Test;

/**
 * What is left to count from the reports once months or days were read from the rollups: the ranges without the
 * units' spans (WIB days and months), at any hour, and only inside the period asked for.
 */
class ReportRollupTests {

	@Test
	void leavesOutTheMonthsReadAndKeepsTheEdges() {
		// 17 May 2019 16:13 WIB to 11 Feb 2020 00:45 WIB.
		var range = new Range(Instant.parse("2019-05-17T09:13:00Z"), Instant.parse("2020-02-10T17:45:00Z"));

		var rest = ReportRollup.outside(List.of(range), Grain.MONTH,
				List.of(LocalDate.of(2019, 9, 1), LocalDate.of(2019, 6, 1), LocalDate.of(2019, 7, 1)));

		assertThat(rest).containsExactly(
				new Range(range.from(), Instant.parse("2019-05-31T17:00:00Z")),
				new Range(Instant.parse("2019-07-31T17:00:00Z"), Instant.parse("2019-08-31T17:00:00Z")),
				new Range(Instant.parse("2019-09-30T17:00:00Z"), range.to()));
	}

	@Test
	void leavesOutTheDaysReadInEachRangeAndIgnoresDaysNotWhollyInside() {
		// 25 October 03:00 WIB to 1 November 00:00 WIB, and 1 December 00:00 WIB to 3 December 12:00 WIB.
		var first = new Range(Instant.parse("2026-10-24T20:00:00Z"), Instant.parse("2026-10-31T17:00:00Z"));
		var second = new Range(Instant.parse("2026-11-30T17:00:00Z"), Instant.parse("2026-12-03T05:00:00Z"));

		var rest = ReportRollup.outside(List.of(first, second), Grain.DAY, List.of(LocalDate.of(2026, 10, 26),
				LocalDate.of(2026, 10, 31), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2),
				// Not wholly inside a range: never left out.
				LocalDate.of(2026, 10, 25), LocalDate.of(2026, 11, 15), LocalDate.of(2026, 12, 3)));

		assertThat(rest).containsExactly(
				new Range(first.from(), Instant.parse("2026-10-25T17:00:00Z")),
				new Range(Instant.parse("2026-10-26T17:00:00Z"), Instant.parse("2026-10-30T17:00:00Z")),
				new Range(Instant.parse("2026-12-02T17:00:00Z"), second.to()));
	}

	@Test
	void nothingReadLeavesTheRanges() {
		var ranges = List.of(new Range(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z")));

		assertThat(ReportRollup.outside(ranges, Grain.MONTH, List.of())).isEqualTo(ranges);
	}

	@Test
	void keepsOnlyWhatIsInsideThePeriod() {
		// A period widened to its months' boundaries: what is left beyond the period asked for is not counted.
		var period = new Range(Instant.parse("2026-03-10T00:00:00Z"), Instant.parse("2026-11-20T17:00:00Z"));
		var rest = List.of(new Range(Instant.parse("2026-02-28T17:00:00Z"), Instant.parse("2026-03-31T17:00:00Z")),
				new Range(Instant.parse("2026-10-31T17:00:00Z"), Instant.parse("2026-11-30T17:00:00Z")),
				new Range(Instant.parse("2026-11-20T17:00:00Z"), Instant.parse("2026-11-30T17:00:00Z")));

		assertThat(ReportRollup.within(rest, period)).containsExactly(
				new Range(period.from(), Instant.parse("2026-03-31T17:00:00Z")),
				new Range(Instant.parse("2026-10-31T17:00:00Z"), period.to()));
	}
}

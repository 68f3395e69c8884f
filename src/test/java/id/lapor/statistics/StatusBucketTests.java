package id.lapor.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import id.lapor.report.ReportStatus;
import id.lapor.report.StatusColour;

import org.junit.jupiter.api.Test;

/**
 * The status buckets the statistics count follow {@link ReportStatus#colour}: every status is in exactly one bucket of
 * its own colour, and the SQL lists the statuses of the buckets.
 */
class StatusBucketTests {

	@Test
	void everyStatusIsInOneBucketOfItsColour() {
		for (var status : ReportStatus.values()) {
			assertThat(EnumSet.allOf(StatusBucket.class)).filteredOn(bucket -> bucket.statuses().contains(status))
					.containsExactly(StatusBucket.of(status));
		}
		assertThat(StatusBucket.statuses(List.of(StatusBucket.UNVERIFIED, StatusBucket.RED, StatusBucket.POSTPONED)))
				.isEqualTo(ReportStatus.withColour(StatusColour.RED));
		assertThat(StatusBucket.YELLOW.statuses()).isEqualTo(ReportStatus.withColour(StatusColour.YELLOW));
		assertThat(StatusBucket.GREEN.statuses()).isEqualTo(ReportStatus.withColour(StatusColour.GREEN));
		assertThat(StatusBucket.ARCHIVED.statuses()).isEqualTo(ReportStatus.withColour(StatusColour.GREY));
		assertThat(EnumSet.allOf(StatusBucket.class)).allSatisfy(bucket -> assertThat(bucket.statuses()).isNotEmpty());
	}

	@Test
	void redSplitsByWhomTheReportWaitsFor() {
		assertThat(StatusBucket.UNVERIFIED.statuses())
				.containsExactlyInAnyOrder(ReportStatus.SUBMITTED, ReportStatus.AWAITING_VERIFICATION);
		assertThat(StatusBucket.POSTPONED.statuses()).containsExactly(ReportStatus.POSTPONED);
		assertThat(StatusBucket.RED.statuses()).containsExactlyInAnyOrder(ReportStatus.ASSIGNED, ReportStatus.REOPENED);
	}

	@Test
	void theSqlListsTheBucketsStatuses() {
		assertThat(StatusBucket.GREEN.condition()).isEqualTo("status in ('COMPLETED', 'CLOSED')");
		assertThat(StatusBucket.condition(StatusBucket.OPEN))
				.isEqualTo("status in ('SUBMITTED', 'AWAITING_VERIFICATION', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED')");
		assertThat(StatusBucket.condition(List.of())).isEqualTo("false");
		assertThat(StatusBucket.columns("count(*)")).startsWith(
				"count(*) filter (where status in ('SUBMITTED', 'AWAITING_VERIFICATION')) as unverified, "
						+ "count(*) filter (where status in ('ASSIGNED', 'REOPENED')) as red, ")
				.endsWith("count(*) filter (where status in ('ARCHIVED')) as archived");
	}
}

package id.lapor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ReportTests {

	private static final long AGENCY = 42L;
	private final Instant now = Instant.parse("2026-11-23T03:00:00Z");
	private final UUID reporter = UUID.randomUUID();
	private final UUID officer = UUID.randomUUID();

	@Test
	void startsRedAndRecordsSubmissionAndAssignment() {

		var report = assignedReport();

		assertThat(report.getStatus()).isEqualTo(ReportStatus.ASSIGNED);
		assertThat(report.getStatus().colour()).isEqualTo(StatusColour.RED);
		assertThat(report.getHistory()).extracting(ReportHistoryEntry::getAction)
				.containsExactly(HistoryAction.SUBMITTED, HistoryAction.ASSIGNED);
		assertThat(report.getHistory().get(1).getToStatus()).isEqualTo(ReportStatus.ASSIGNED);
		assertThat(report.getHistory().get(1).getNote()).isEqualTo("REGIONAL_UNIT");
	}

	@Test
	void turnsYellowThenGreenWithEachResponseRecorded() {

		var report = assignedReport();

		report.respond(officer, AGENCY, "Sedang kami periksa.", ReportStatus.IN_PROGRESS, now.plusSeconds(60));
		assertThat(report.getStatus().colour()).isEqualTo(StatusColour.YELLOW);

		report.respond(officer, AGENCY, "Blangko sudah tersedia.", ReportStatus.COMPLETED, now.plusSeconds(120));
		assertThat(report.getStatus().colour()).isEqualTo(StatusColour.GREEN);

		assertThat(report.getResponses()).extracting(ReportResponse::getBody)
				.containsExactly("Sedang kami periksa.", "Blangko sudah tersedia.");
		var last = report.getHistory().getLast();
		assertThat(last.getAction()).isEqualTo(HistoryAction.RESPONDED);
		assertThat(last.getFromStatus()).isEqualTo(ReportStatus.IN_PROGRESS);
		assertThat(last.getToStatus()).isEqualTo(ReportStatus.COMPLETED);
		assertThat(last.getActorId()).isEqualTo(officer);
		assertThat(report.getLastChangedAt()).isEqualTo(now.plusSeconds(120));
	}

	@Test
	void refusesResponsesToACompletedReport() {

		var report = assignedReport();
		report.respond(officer, AGENCY, "Selesai.", ReportStatus.COMPLETED, now);

		assertThatExceptionOfType(InvalidReportTransitionException.class)
				.isThrownBy(() -> report.respond(officer, AGENCY, "Lagi.", ReportStatus.IN_PROGRESS, now));
		assertThat(report.getResponses()).hasSize(1);
	}

	@Test
	void refusesStatusesAResponseCannotSet() {

		var report = assignedReport();

		assertThatExceptionOfType(InvalidReportTransitionException.class)
				.isThrownBy(() -> report.respond(officer, AGENCY, "x", ReportStatus.ASSIGNED, now));
	}

	@Test
	void onlyTheHandlingBodyResponds() {

		var report = assignedReport();

		assertThatIllegalArgumentException()
				.isThrownBy(() -> report.respond(officer, AGENCY + 1, "Bukan kami.", ReportStatus.IN_PROGRESS, now));
		assertThat(report.getStatus()).isEqualTo(ReportStatus.ASSIGNED);
	}

	@Test
	void cannotBeAssignedTwice() {

		var report = assignedReport();

		assertThatExceptionOfType(InvalidReportTransitionException.class)
				.isThrownBy(() -> report.assignTo(7L, "REGIONAL_UNIT", now));
	}

	@Test
	void mapsEveryStatusToOneColour() {
		assertThat(ReportStatus.withColour(StatusColour.RED)).containsExactlyInAnyOrder(ReportStatus.SUBMITTED,
				ReportStatus.ASSIGNED);
		assertThat(ReportStatus.withColour(StatusColour.YELLOW)).containsExactly(ReportStatus.IN_PROGRESS);
		assertThat(ReportStatus.withColour(StatusColour.GREEN)).containsExactly(ReportStatus.COMPLETED);
	}

	private Report assignedReport() {

		var content = new ReportContent(Classification.COMPLAINT, " Blangko KTP-el habis ",
				"Sudah tiga bulan blangko KTP-el habis di kantor Disdukcapil.", "73.71", "kependudukan-ktp",
				LocalDate.of(2026, 11, 1), " ", false, false);
		var report = Report.submit(TrackingNumber.random(new SplittableRandom(1)), content, reporter, UUID.randomUUID(),
				now);
		report.assignTo(AGENCY, "REGIONAL_UNIT", now);

		assertThat(report.getTitle()).isEqualTo("Blangko KTP-el habis");
		assertThat(report.getLocation()).isNull();
		return report;
	}
}

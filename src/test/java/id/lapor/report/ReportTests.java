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
	private static final long ADMIN_AGENCY = 1L;
	private static final Instant CLOSES = Instant.parse("2026-12-07T15:59:59Z");
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
		assertThat(report.getHistory().get(1).getDetail()).isEqualTo("REGIONAL_UNIT");
	}

	@Test
	void turnsYellowThenGreenWithEachResponseRecorded() {

		var report = assignedReport();

		report.respond(officer, AGENCY, "Sedang kami periksa.", ReportStatus.IN_PROGRESS, null, now.plusSeconds(60));
		assertThat(report.getStatus().colour()).isEqualTo(StatusColour.YELLOW);

		report.respond(officer, AGENCY, "Blangko sudah tersedia.", ReportStatus.COMPLETED, CLOSES, now.plusSeconds(120));
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
		report.respond(officer, AGENCY, "Selesai.", ReportStatus.COMPLETED, CLOSES, now);

		assertThatExceptionOfType(InvalidReportTransitionException.class)
				.isThrownBy(() -> report.respond(officer, AGENCY, "Lagi.", ReportStatus.IN_PROGRESS, null, now));
		assertThat(report.getResponses()).hasSize(1);
	}

	@Test
	void refusesStatusesAResponseCannotSet() {

		var report = assignedReport();

		assertThatExceptionOfType(InvalidReportTransitionException.class)
				.isThrownBy(() -> report.respond(officer, AGENCY, "x", ReportStatus.ASSIGNED, null, now));
	}

	@Test
	void onlyTheHandlingBodyResponds() {

		var report = assignedReport();

		assertThatIllegalArgumentException()
				.isThrownBy(() -> report.respond(officer, AGENCY + 1, "Bukan kami.", ReportStatus.IN_PROGRESS, null, now));
		assertThat(report.getStatus()).isEqualTo(ReportStatus.ASSIGNED);
	}

	@Test
	void cannotBeAssignedTwice() {

		var report = assignedReport();

		assertThatExceptionOfType(InvalidReportTransitionException.class)
				.isThrownBy(() -> report.assignTo(7L, "REGIONAL_UNIT", now));
	}

	@Test
	void waitsForTheNationalAdministratorWhoVerifiesPostponesOrArchives() {

		var queued = submitted();
		queued.queueForVerification(ADMIN_AGENCY, "LOW_CONFIDENCE", now);
		assertThat(queued.getStatus()).isEqualTo(ReportStatus.AWAITING_VERIFICATION);
		assertThat(queued.getAgencyId()).isEqualTo(ADMIN_AGENCY);

		queued.postpone(officer, ADMIN_AGENCY, "Menunggu lokasi yang lebih jelas.", now);
		assertThat(queued.getStatus()).isEqualTo(ReportStatus.POSTPONED);

		queued.verify(officer, ADMIN_AGENCY, "jalan-kabupaten-kota", AGENCY, "Jalan kota, bukan nasional.", now);
		assertThat(queued.getStatus()).isEqualTo(ReportStatus.ASSIGNED);
		assertThat(queued.getAgencyId()).isEqualTo(AGENCY);
		assertThat(queued.getCategoryCode()).isEqualTo("jalan-kabupaten-kota");
		assertThat(queued.getHistory()).extracting(ReportHistoryEntry::getAction).containsExactly(
				HistoryAction.SUBMITTED, HistoryAction.QUEUED_FOR_VERIFICATION, HistoryAction.POSTPONED,
				HistoryAction.VERIFIED);
		assertThat(queued.getHistory().getLast().getNote()).isEqualTo("Jalan kota, bukan nasional.");

		assertThatExceptionOfType(InvalidReportTransitionException.class)
				.isThrownBy(() -> queued.postpone(officer, ADMIN_AGENCY, "Lagi", now));
	}

	@Test
	void archivesADuplicateOnlyWithTheReportItRepeats() {

		var original = assignedReport();
		var duplicate = submitted();
		duplicate.queueForVerification(ADMIN_AGENCY, "LOW_CONFIDENCE", now);

		assertThatIllegalArgumentException().isThrownBy(
				() -> duplicate.archive(officer, ADMIN_AGENCY, ArchiveReason.DUPLICATE, null, "Sama", now));
		assertThatIllegalArgumentException().isThrownBy(
				() -> duplicate.archive(officer, ADMIN_AGENCY, ArchiveReason.TOO_GENERAL, original, "Umum", now));

		duplicate.archive(officer, ADMIN_AGENCY, ArchiveReason.DUPLICATE, original, "Sama dengan laporan lain.", now);
		assertThat(duplicate.getStatus()).isEqualTo(ReportStatus.ARCHIVED);
		assertThat(duplicate.getStatus().colour()).isEqualTo(StatusColour.GREY);
		assertThat(duplicate.getDuplicateOfId()).isEqualTo(original.getId());
		assertThat(duplicate.getHistory().getLast().getDetail()).startsWith("DUPLICATE:");
	}

	@Test
	void neverReturnsToABodyThatDeclinedIt() {

		var report = assignedReport();
		assertThat(report.forward(officer, AGENCY, 50L, ForwardKind.DECLINE, "Bukan wewenang kami.", now)).isTrue();
		assertThat(report.getAgencyId()).isEqualTo(50L);
		assertThat(report.getStatus()).isEqualTo(ReportStatus.ASSIGNED);

		assertThatExceptionOfType(ForwardRefusedException.class)
				.isThrownBy(() -> report.forward(officer, 50L, AGENCY, ForwardKind.DECLINE, "Kembali saja.", now));
		assertThatExceptionOfType(ForwardRefusedException.class)
				.isThrownBy(() -> report.forward(officer, 50L, 50L, ForwardKind.DISPOSITION, "Sendiri.", now));
		assertThat(report.getAgencyId()).isEqualTo(50L);
		assertThat(report.declinedAgencyIds()).containsExactly(AGENCY);
	}

	@Test
	void aDispositionIsNotADecline() {

		var report = assignedReport();
		report.forward(officer, AGENCY, 51L, ForwardKind.DISPOSITION, "Untuk bidang terkait.", now);

		assertThat(report.declinedAgencyIds()).isEmpty();
		assertThat(report.getHistory().getLast().getAction()).isEqualTo(HistoryAction.DISPOSED);
		assertThat(report.getHistory().getLast().getFromAgencyId()).isEqualTo(AGENCY);
	}

	@Test
	void theThirdDeclineSendsTheReportToAPerson() {

		var report = assignedReport();
		assertThat(report.forward(officer, AGENCY, 60L, ForwardKind.DECLINE, "Bukan kami.", now)).isTrue();
		assertThat(report.forward(officer, 60L, 61L, ForwardKind.DECLINE, "Bukan kami juga.", now)).isTrue();
		assertThat(report.forward(officer, 61L, 62L, ForwardKind.DECLINE, "Juga bukan.", now)).isFalse();
		assertThat(report.declinedAgencyIds()).containsExactlyInAnyOrder(AGENCY, 60L, 61L);
	}

	@Test
	void onlyTheHandlingBodyForwards() {

		var report = assignedReport();
		assertThatIllegalArgumentException()
				.isThrownBy(() -> report.forward(officer, 99L, 50L, ForwardKind.DECLINE, "Bukan kami.", now));
	}

	@Test
	void aReplyToAnAnsweredReportKeepsItOpen() {

		var report = assignedReport();
		report.respond(officer, AGENCY, "Sudah selesai.", ReportStatus.COMPLETED, CLOSES, now);
		assertThat(report.getNextDueAt()).isNull();

		report.reply(reporter, "Belum, blangko masih kosong.", now.plusSeconds(60));

		assertThat(report.getStatus()).isEqualTo(ReportStatus.IN_PROGRESS);
		assertThat(report.getClosesAt()).isNull();
		assertThat(report.closeIfExpired(CLOSES.plusSeconds(1))).isFalse();
		assertThat(report.getResponses().getLast().getKind()).isEqualTo(MessageKind.REPLY);
		assertThat(report.getHistory().getLast().getAction()).isEqualTo(HistoryAction.REPLIED);
	}

	@Test
	void onlyTheReporterRepliesConfirmsRatesOrReopens() {

		var report = assignedReport();
		report.respond(officer, AGENCY, "Sudah selesai.", ReportStatus.COMPLETED, CLOSES, now);
		var stranger = UUID.randomUUID();

		assertThatIllegalArgumentException().isThrownBy(() -> report.reply(stranger, "Halo", now));
		assertThatIllegalArgumentException().isThrownBy(() -> report.confirm(stranger, now));
		assertThatIllegalArgumentException().isThrownBy(() -> report.rate(stranger, 5, null, now));
		assertThat(report.getStatus()).isEqualTo(ReportStatus.COMPLETED);
	}

	@Test
	void theReporterConfirmsAndRatesOnce() {

		var report = assignedReport();
		report.respond(officer, AGENCY, "Sudah selesai.", ReportStatus.COMPLETED, CLOSES, now);
		report.confirm(reporter, now);
		report.rate(reporter, 5, "Cepat.", now);

		assertThat(report.getStatus()).isEqualTo(ReportStatus.CLOSED);
		assertThat(report.getStatus().colour()).isEqualTo(StatusColour.GREEN);
		assertThat(report.getRating()).isEqualTo(5);
		assertThatExceptionOfType(InvalidReportTransitionException.class)
				.isThrownBy(() -> report.rate(reporter, 1, "Ganti", now));
		assertThatExceptionOfType(InvalidReportTransitionException.class)
				.isThrownBy(() -> report.reply(reporter, "Setelah ditutup", now));
	}

	@Test
	void anUnsatisfiedReporterReopensOnceWithinTheWindow() {

		var report = assignedReport();
		report.respond(officer, AGENCY, "Sudah selesai.", ReportStatus.COMPLETED, CLOSES, now);
		assertThat(report.canBeReopened(now)).as("not without an unsatisfied rating").isFalse();

		report.rate(reporter, 2, "Belum beres.", now);
		assertThat(report.canBeReopened(CLOSES.plusSeconds(1))).as("not after the window").isFalse();
		assertThat(report.canBeReopened(now)).isTrue();

		var newDue = now.plusSeconds(86_400 * 7);
		report.reopen(reporter, "Blangko masih kosong.", newDue, now);
		assertThat(report.getStatus()).isEqualTo(ReportStatus.REOPENED);
		assertThat(report.getStatus().colour()).isEqualTo(StatusColour.RED);
		assertThat(report.getNextDueAt()).isEqualTo(newDue);

		report.respond(officer, AGENCY, "Sekarang tersedia.", ReportStatus.COMPLETED, CLOSES, now);
		assertThat(report.canBeReopened(now)).as("only once").isFalse();
		assertThatExceptionOfType(InvalidReportTransitionException.class)
				.isThrownBy(() -> report.reopen(reporter, "Lagi", newDue, now));
	}

	@Test
	void anAnsweredReportClosesItselfAfterTheWindow() {

		var report = assignedReport();
		report.respond(officer, AGENCY, "Sudah selesai.", ReportStatus.COMPLETED, CLOSES, now);

		assertThat(report.closeIfExpired(CLOSES.minusSeconds(1))).isFalse();
		assertThat(report.closeIfExpired(CLOSES)).isTrue();
		assertThat(report.getStatus()).isEqualTo(ReportStatus.CLOSED);
		assertThat(report.getHistory().getLast().getAction()).isEqualTo(HistoryAction.CLOSED);
		assertThat(report.getHistory().getLast().getActorId()).isNull();
	}

	@Test
	void mapsEveryStatusToOneColour() {
		assertThat(ReportStatus.withColour(StatusColour.RED)).containsExactlyInAnyOrder(ReportStatus.SUBMITTED,
				ReportStatus.AWAITING_VERIFICATION, ReportStatus.POSTPONED, ReportStatus.ASSIGNED, ReportStatus.REOPENED);
		assertThat(ReportStatus.withColour(StatusColour.GREY)).containsExactly(ReportStatus.ARCHIVED);
		assertThat(ReportStatus.withColour(StatusColour.YELLOW)).containsExactly(ReportStatus.IN_PROGRESS);
		assertThat(ReportStatus.withColour(StatusColour.GREEN)).containsExactlyInAnyOrder(ReportStatus.COMPLETED,
				ReportStatus.CLOSED);
	}

	private Report submitted() {
		var content = new ReportContent(Classification.COMPLAINT, "Jalan rusak", "Jalan rusak parah di depan pasar.",
				"73.71", null, null, null, false, false, null);
		return Report.submit(TrackingNumber.random(), content, "jalan-jembatan", reporter, UUID.randomUUID(),
				IdentitySealTests.IDENTITIES, now);
	}

	private Report assignedReport() {

		var content = new ReportContent(Classification.COMPLAINT, " Blangko KTP-el habis ",
				"Sudah tiga bulan blangko KTP-el habis di kantor Disdukcapil.", "73.71", "kependudukan-ktp",
				LocalDate.of(2026, 11, 1), " ", false, false, null);
		var report = Report.submit(TrackingNumber.random(new SplittableRandom(1)), content, "kependudukan-ktp",
				reporter, UUID.randomUUID(), IdentitySealTests.IDENTITIES, now);
		report.assignTo(AGENCY, "REGIONAL_UNIT", now);

		assertThat(report.getTitle()).isEqualTo("Blangko KTP-el habis");
		assertThat(report.getLocation()).isNull();
		return report;
	}
}

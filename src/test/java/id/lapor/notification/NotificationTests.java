package id.lapor.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.LaporUser;
import id.lapor.account.Role;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.report.Reprimands;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Without SMTP, e-mails land in the outbox folder: the reporter hears that the report arrived, the body's liaison
 * officers that they have a new report.
 */
@IntegrationTest
class NotificationTests {

	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired Reprimands reprimands;
	@Autowired AgencyCatalogue agencies;
	@Autowired JdbcTemplate jdbc;
	@Value("${lapor.notification.outbox}") Path outbox;

	@Test
	void theReporterAndTheBodyHearOfANewReport() {

		var reporter = accounts.citizen("Pelapor Surel");
		var liaison = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var number = reports.ktpComplaint(reporter, false, false);

		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(mailsTo(reporter)).anySatisfy(mail -> assertThat(mail)
					.contains("Subject: Laporan Anda diterima: " + number.formatted())
					.contains("/reports/" + number.value()));
			assertThat(mailsTo(liaison)).anySatisfy(mail -> assertThat(mail)
					.contains("Subject: Laporan baru untuk instansi Anda: " + number.formatted()));
		});
	}

	@Test
	void theLiaisonOfficersOfAReprimandedBodyHearOfIt() {

		// Kota Tomohon (71.73) is used by no other test.
		var liaison = accounts.staff(Role.LIAISON, "dukcapil-71.73");
		var number = reports.submit(accounts.citizen("Warga Tomohon"), "71.73", "kependudukan-ktp", false, false);
		jdbc.update("update reports set next_due_at = now() - interval '1 day' where tracking_number = ?", number.value());
		var supervisor = (LaporUser) accounts.details(accounts.staff(Role.SUPERVISOR, "ombudsman"));

		assertThat(reprimands.send(agencies.findByCode("dukcapil-71.73").orElseThrow().id(), supervisor,
				UUID.randomUUID(), "Laporan KTP Tomohon belum ditindaklanjuti.")).isEqualTo(1);

		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(mailsTo(liaison))
				.anySatisfy(mail -> assertThat(mail)
						.contains("Subject: Teguran: 1 laporan instansi Anda melewati batas waktu")
						.contains("Laporan KTP Tomohon belum ditindaklanjuti.")));
	}

	private List<String> mailsTo(String email) throws IOException {
		if (!Files.isDirectory(outbox)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(outbox)) {
			return files.map(NotificationTests::read).filter(mail -> mail.contains("To: " + email + "\r\n")).toList();
		}
	}

	static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}

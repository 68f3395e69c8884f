package id.lapor.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import id.lapor.LaporApplication;
import id.lapor.account.AccountManagement;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.report.Classification;
import id.lapor.report.ReportContent;
import id.lapor.report.ReportSubmission;
import id.lapor.report.TrackingNumber;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A notification that could not be sent is not lost: its delivery record keeps it, failed, with the error, and the
 * retry job sends it (here: of the next run of the application, once its back-off is over). Two application
 * contexts share one PostgreSQL here; nothing is killed (see {@code system.CrashRecoveryTests} for that).
 */
class EventRegistryRestartTests {

	private static EmbeddedPostgres postgres;

	@BeforeAll
	static void startDatabase() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
	}

	@AfterAll
	static void stopDatabase() throws Exception {
		postgres.close();
	}

	@Test
	void aMailThatFailedIsSentByTheRetryJobOfTheNextRun(@TempDir Path folder) throws Exception {

		// The first run cannot write e-mails: its outbox is a file, not a folder.
		var brokenOutbox = Files.createFile(folder.resolve("not-a-folder"));
		var outbox = folder.resolve("outbox");
		TrackingNumber number;
		String reporter = "pelapor-" + UUID.randomUUID() + "@test.lapor";

		try (var first = start(brokenOutbox)) {
			var accounts = first.getBean(AccountManagement.class);
			var reporterId = accounts.registerCitizen(reporter, "rahasia-sekali", "Pelapor", null);
			accounts.createLiaison("petugas-" + UUID.randomUUID() + "@test.lapor", "rahasia-sekali", "Petugas",
					first.getBean(AgencyCatalogue.class).findByCode("dukcapil-73.71").orElseThrow().id(), false);
			number = first.getBean(ReportSubmission.class).submit(new ReportContent(Classification.COMPLAINT,
					"Blangko KTP-el habis", "Sudah tiga bulan blangko KTP-el habis di kantor Disdukcapil.", "73.71",
					"kependudukan-ktp", LocalDate.of(2026, 11, 2), null, false, false, null), reporterId,
					UUID.randomUUID());

			var jdbc = first.getBean(JdbcTemplate.class);
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("""
					select count(*) from deliveries
					where report_number = ? and recipient = 'reporter' and state = 'FAILED' and attempts = 1
					  and last_error like '%outbox%'""", Long.class, number.value()) == 1);
		}
		assertThat(outbox).doesNotExist();

		// The second run can, and its retry job sends what the first one could not (once the back-off is over).
		try (var second = start(outbox)) {
			var jdbc = second.getBean(JdbcTemplate.class);
			jdbc.update("update deliveries set next_attempt_at = now() where report_number = ? and state = 'FAILED'",
					number.value());
			second.getBean(DeliveryJob.class).retry();

			assertThat(outbox).isDirectoryContaining(file -> NotificationTests.read(file).contains("To: " + reporter
					+ "\r\n") && NotificationTests.read(file).contains(number.formatted()));
			assertThat(jdbc.queryForList("""
					select state from deliveries where report_number = ? and recipient = 'reporter'""", String.class,
					number.value())).containsExactly("SENT");
			assertThat(jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
					Long.class)).as("the event itself was handled: its publication is gone").isZero();
		}
	}

	private static ConfigurableApplicationContext start(Path outbox) {
		// Command-line arguments, so they win over the test configuration files.
		return new SpringApplicationBuilder(LaporApplication.class).run(
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres",
				"--spring.datasource.password=postgres",
				"--server.port=0",
				"--lapor.jobs.enabled=false",
				"--lapor.notification.outbox=" + outbox.toAbsolutePath(),
				"--spring.main.banner-mode=off");
	}
}

package id.lapor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.LaporUser;
import id.lapor.files.FileStorageProperties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Uploads not yet sent with a report or message: limited per account (a new form token buys nothing), at most so
 * many an hour, and deleted after a day (an outside test's finding).
 */
@IntegrationTest
class PendingAttachmentTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired JdbcTemplate jdbc;
	@Autowired AttachmentProperties properties;
	@Autowired FileStorageProperties storageProperties;
	@Autowired PendingAttachmentsPurgeJob purgeJob;

	@Test
	void newFormTokensDoNotBuyMoreWaitingFiles() throws Exception {

		var citizen = accounts.citizen("Pelapor Banyak Berkas");
		int uploaded = 0;
		while (uploaded < properties.pending().maxFiles()) {
			var token = UUID.randomUUID();
			for (int i = 0; i < properties.maxPerReport() && uploaded < properties.pending().maxFiles(); i++) {
				upload(citizen, token).andExpect(status().isOk())
						.andExpect(content().string(containsString("lampiran-" + (i + 1) + ".png")));
				uploaded++;
			}
		}

		upload(citizen, UUID.randomUUID())
				.andExpect(status().isTooManyRequests())
				.andExpect(content().string(containsString("Terlalu banyak lampiran yang belum terkirim")));
		assertThat(pendingOf(citizen)).isEqualTo(properties.pending().maxFiles());
	}

	@Test
	void anAccountUploadsOnlySoManyFilesAnHourSentOrNot() throws Exception {

		var citizen = accounts.citizen("Pelapor Cepat");
		var report = reports.ktpComplaint(citizen, false, false);
		var reportId = jdbc.queryForObject("select id from reports where tracking_number = ?", UUID.class,
				report.value());
		for (int i = 0; i < properties.maxPerHour(); i++) {
			upload(citizen, UUID.randomUUID()).andExpect(status().isOk());
			// As if sent with the report: only the hourly count is left to stop the next upload.
			jdbc.update("update report_attachments set report_id = ? where uploaded_by = ? and report_id is null",
					reportId, idOf(citizen));
		}

		upload(citizen, UUID.randomUUID())
				.andExpect(status().isTooManyRequests())
				.andExpect(content().string(containsString("Terlalu banyak unggahan dalam satu jam terakhir")));

		jdbc.update("update report_attachments set created_at = created_at - interval '61 minutes' where uploaded_by = ?",
				idOf(citizen));
		upload(citizen, UUID.randomUUID()).andExpect(status().isOk())
				.andExpect(content().string(containsString("lampiran-1.png")));
	}

	@Test
	void uploadsNeverSentAreDeletedAfterADayWithTheirFiles() throws Exception {

		var citizen = accounts.citizen("Pelapor Lupa Kirim");
		upload(citizen, UUID.randomUUID()).andExpect(status().isOk());
		var key = jdbc.queryForObject("select storage_key from report_attachments where uploaded_by = ?", String.class,
				idOf(citizen));
		var createdAt = jdbc.queryForObject("select created_at from report_attachments where uploaded_by = ?",
				java.sql.Timestamp.class, idOf(citizen)).toInstant();
		var file = storageProperties.directory().resolve(key);
		assertThat(file).exists();
		var sent = reports.ktpComplaint(accounts.citizen("Pelapor Lain"), false, false);
		var sentAttachment = sentAttachmentStaysAfterThePurge(sent);

		purgeJob.purge(createdAt.plus(Duration.ofHours(23)));
		assertThat(pendingOf(citizen)).isOne();
		assertThat(file).exists();

		assertThat(purgeJob.purge(createdAt.plus(Duration.ofHours(24)).plusSeconds(1))).isPositive();
		assertThat(pendingOf(citizen)).isZero();
		assertThat(file).doesNotExist();
		assertThat(storageProperties.directory().resolve(sentAttachment)).exists();
	}

	/** Attaches an upload to a sent report; returns its storage key. */
	private String sentAttachmentStaysAfterThePurge(id.lapor.report.TrackingNumber number) throws Exception {
		var citizen = accounts.citizen("Pelapor Terkirim");
		upload(citizen, UUID.randomUUID()).andExpect(status().isOk());
		var reportId = jdbc.queryForObject("select id from reports where tracking_number = ?", UUID.class,
				number.value());
		jdbc.update("update report_attachments set report_id = ?, created_at = created_at - interval '3 days' "
				+ "where uploaded_by = ?", reportId, idOf(citizen));
		return jdbc.queryForObject("select storage_key from report_attachments where uploaded_by = ?", String.class,
				idOf(citizen));
	}

	private ResultActions upload(String citizen, UUID token) throws Exception {
		return mvc.perform(multipart("/reports/new/attachments").file(new MockMultipartFile("file", "foto.png",
				"image/png", AttachmentTests.PNG)).param("submissionToken", token.toString()).with(csrf())
				.with(accounts.as(citizen)));
	}

	private long pendingOf(String citizen) {
		return jdbc.queryForObject("select count(*) from report_attachments where uploaded_by = ? and report_id is null",
				Long.class, idOf(citizen));
	}

	private UUID idOf(String email) {
		return ((LaporUser) accounts.details(email)).id();
	}
}

package id.lapor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.LaporUser;
import id.lapor.account.PlaceholderAccounts;
import id.lapor.account.Role;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An anonymous report keeps its reporter sealed: no row of the report, its history, its conversation or its files
 * names them, yet they follow and answer their report as before, and only the national administrator, stating a
 * reason that goes to the audit log, can open the seal.
 */
@IntegrationTest
class SealedReporterTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired ReportHandling handling;
	@Autowired ReporterConversation conversation;
	@Autowired ReportVerification verification;
	@Autowired ReportQueries queries;
	@Autowired LegacyReporterSealing legacy;
	@Autowired UserDetailsService users;
	@Autowired JdbcClient jdbc;

	@Test
	void anAnonymousReportNamesItsReporterNowhereInTheDatabase() throws Exception {

		var email = accounts.citizen("Pelapor Tersegel");
		var reporter = (LaporUser) users.loadUserByUsername(email);
		var liaisonEmail = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var liaison = (LaporUser) users.loadUserByUsername(liaisonEmail);
		reports.ensureLiaison("dukcapil-73.71");
		var token = UUID.randomUUID();
		mvc.perform(multipart("/reports/new/attachments").file(new MockMultipartFile("file", "ktp saya.png",
				"application/octet-stream", AttachmentTests.PNG)).param("submissionToken", token.toString())
				.with(csrf()).with(accounts.as(email)))
				.andExpect(status().isOk());

		var form = post("/reports/new").with(csrf()).with(accounts.as(email))
				.param("classification", "COMPLAINT").param("title", "Pungutan liar di loket KTP-el")
				.param("body", "Petugas loket meminta uang tambahan agar KTP-el cepat jadi, saya tidak ingin dikenali.")
				.param("provinceCode", "73").param("regionCode", "73.71").param("categoryCode", "kependudukan-ktp")
				.param("anonymous", "true").param("submissionToken", token.toString());
		var location = mvc.perform(form).andExpect(status().is3xxRedirection()).andReturn().getResponse()
				.getRedirectedUrl();
		// The same form sent again is the same report, found through the seal.
		mvc.perform(form).andExpect(redirectedUrl(location));
		var number = TrackingNumber.parse(location.substring("/reports/".length())).orElseThrow();

		handling.respond(number, liaison, version(number), "Sedang kami periksa.", ReportStatus.IN_PROGRESS, null,
				null);
		conversation.reply(number, reporter, "Terima kasih, saya tunggu.", null);

		var row = jdbc.sql("select reporter_id, reporter_seal, reporter_index from reports where tracking_number = ?")
				.param(number.value()).query().singleRow();
		assertThat(row.get("reporter_id")).isEqualTo(PlaceholderAccounts.SEALED_REPORTER);
		assertThat(row.get("reporter_seal")).isNotNull();
		assertThat(row.get("reporter_index")).isNotNull();
		assertNamedNowhere(reporter.id());
		assertThat(jdbc.sql("""
				select count(*) from report_attachments f join reports r on r.id = f.report_id
				where r.tracking_number = ? and f.uploaded_by = ?""")
				.params(number.value(), PlaceholderAccounts.SEALED_REPORTER).query(Long.class).single()).isOne();

		// The reporter still has their report, with its conversation and file.
		mvc.perform(get("/reports/mine").with(accounts.as(email)))
				.andExpect(content().string(containsString(number.formatted())));
		mvc.perform(get("/reports/" + number.value()).with(accounts.as(email)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Terima kasih, saya tunggu.")))
				.andExpect(content().string(containsString("lampiran-1.png")));
		mvc.perform(get("/reports/" + number.value()).with(accounts.as(accounts.citizen("Warga Lain"))))
				.andExpect(status().isNotFound());
		// The body sees an anonymous reporter, not the placeholder account.
		mvc.perform(get("/liaison/reports/" + number.value()).with(accounts.as(liaisonEmail)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Pelapor Tersegel"))))
				.andExpect(content().string(not(containsString("identitas tersegel"))));
	}

	@Test
	void makingAReportAnonymousSealsWhatItsRecordsSaidBefore() throws Exception {

		var email = accounts.citizen("Pelapor Yang Berubah Pikiran");
		var reporter = (LaporUser) users.loadUserByUsername(email);
		var liaison = (LaporUser) users.loadUserByUsername(accounts.staff(Role.LIAISON, "dukcapil-73.71"));
		var number = reports.ktpComplaint(email, false, false);
		handling.respond(number, liaison, version(number), "Mohon kirim foto blangko.", ReportStatus.IN_PROGRESS,
				null, null);
		conversation.reply(number, reporter, "Fotonya menyusul.", null);
		assertThat(namings(reporter.id())).isPositive();

		var admin = (LaporUser) users.loadUserByUsername(accounts.staff(Role.ADMIN, "kemenpanrb-lapor"));
		verification.changeFlags(number, admin, version(number), true, false, "Pelapor meminta dirahasiakan.");

		assertNamedNowhere(reporter.id());
		assertThat(queries.findForReporter(number, reporter.id(), Locale.ROOT)).isPresent();
		conversation.reply(number, reporter, "Terima kasih sudah dirahasiakan.", null);
		assertNamedNowhere(reporter.id());
		assertThat(queries.findForAgency(number, liaison.requireAgencyId(), Locale.ROOT).orElseThrow().reporter())
				.isNull();
	}

	@Test
	void onlyTheNationalAdministratorOpensTheSealAndTheReasonIsAudited() throws Exception {

		var email = accounts.citizen("Saksi Pungli Rahasia");
		var number = reports.ktpComplaint(email, true, false);
		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");
		var url = "/admin/reports/" + number.value() + "/identity";
		var reason = "Perintah Pengadilan Negeri Makassar nomor 12/Pid/2026 atas permintaan penyidik.";

		mvc.perform(get("/admin/reports/" + number.value()).with(accounts.as(admin)))
				.andExpect(content().string(containsString("unseal-form")));
		mvc.perform(get("/admin/reports/" + number.value()).with(accounts.as(accounts.staff(Role.SUPERVISOR,
				"ombudsman")))).andExpect(content().string(not(containsString("unseal-form"))));

		mvc.perform(post(url).param("reason", "karena perlu").with(csrf()).with(accounts.as(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("is-invalid")))
				.andExpect(content().string(not(containsString("Saksi Pungli Rahasia"))));
		assertThat(unsealings(number)).isZero();

		mvc.perform(post(url).param("reason", reason).with(csrf())
				.with(accounts.as(accounts.staff(Role.SUPERVISOR, "ombudsman"))))
				.andExpect(status().isForbidden());
		assertThat(unsealings(number)).isZero();

		mvc.perform(post(url).param("reason", reason).with(csrf()).with(accounts.as(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Saksi Pungli Rahasia")))
				.andExpect(content().string(containsString(email)));
		assertThat(jdbc.sql("select detail from audit_events where action = 'IDENTITY_UNSEALED' and target = ?")
				.param(number.value()).query(String.class).single()).isEqualTo(reason);

		var open = reports.ktpComplaint(accounts.citizen("Pelapor Terbuka"), false, false);
		mvc.perform(post("/admin/reports/" + open.value() + "/identity").param("reason", reason).with(csrf())
				.with(accounts.as(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Pelapor Terbuka"))));
		assertThat(unsealings(open)).isZero();
	}

	@Test
	void anonymousReportsStoredBeforeSealingAreSealedAtStart() {

		var email = accounts.citizen("Pelapor Lama");
		var reporter = (LaporUser) users.loadUserByUsername(email);
		var number = reports.ktpComplaint(email, false, false);
		conversation.reply(number, reporter, "Tambahan keterangan dari pelapor.", null);
		// As a report made anonymous before migration V33 was stored.
		jdbc.sql("update reports set anonymous = true where tracking_number = ?").param(number.value()).update();
		assertThat(namings(reporter.id())).isPositive();

		while (legacy.sealBatch() > 0) {
			// Other tests' reports may be in the batch too.
		}

		assertNamedNowhere(reporter.id());
		assertThat(queries.findForReporter(number, reporter.id(), Locale.ROOT)).isPresent();
		assertThat(jdbc.sql("select count(*) from audit_events where action = 'IDENTITY_SEALED'").query(Long.class)
				.single()).isPositive();
	}

	private void assertNamedNowhere(UUID accountId) {
		assertThat(namings(accountId)).as("rows naming the reporter of anonymous reports").isZero();
	}

	/** Rows of anonymous reports (the report, its history, conversation and files) that name the account. */
	private long namings(UUID accountId) {
		return jdbc.sql("""
				select (select count(*) from reports where reporter_id = :id)
				     + (select count(*) from report_history where actor_id = :id)
				     + (select count(*) from report_responses where author_id = :id)
				     + (select count(*) from report_attachments where uploaded_by = :id and report_id is not null)""")
				.param("id", accountId).query(Long.class).single();
	}

	private long unsealings(TrackingNumber number) {
		return jdbc.sql("select count(*) from audit_events where action = 'IDENTITY_UNSEALED' and target = ?")
				.param(number.value()).query(Long.class).single();
	}

	private long version(TrackingNumber number) {
		return queries.findForSupervision(number, Locale.ROOT).orElseThrow().version();
	}
}

package id.lapor.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.Role;
import id.lapor.report.ReportQueries;
import id.lapor.report.ReportStatus;
import id.lapor.report.StatusColour;
import id.lapor.report.TrackingNumber;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LiaisonInboxControllerTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired ReportQueries queries;
	@Autowired JdbcTemplate jdbc;

	@Test
	void theInboxListsTheBodysReportsWithTheirColour() throws Exception {

		var liaison = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var number = reports.ktpComplaint(accounts.citizen("Warga Makassar"), false, false);

		mvc.perform(get("/liaison").param("sort", "newest").with(accounts.as(liaison)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(number.formatted())))
				.andExpect(content().string(containsString("Dinas Kependudukan dan Pencatatan Sipil Kota Makassar")));

		mvc.perform(get("/liaison").param("colour", "green").with(accounts.as(liaison)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(number.formatted()))));
	}

	@Test
	void aResponseTurnsTheReportYellowThenGreen() throws Exception {

		var liaison = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var number = reports.ktpComplaint(accounts.citizen("Warga Makassar"), false, false);

		respond(liaison, number, "Kami periksa stok blangko.", "IN_PROGRESS", version(number))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/liaison/reports/" + number.value()));
		assertThat(publicView(number).colour()).isEqualTo(StatusColour.YELLOW);

		respond(liaison, number, "Blangko sudah tersedia, silakan ambil KTP-el Anda.", "COMPLETED", version(number))
				.andExpect(status().is3xxRedirection());
		var report = publicView(number);
		assertThat(report.status()).isEqualTo(ReportStatus.COMPLETED);
		assertThat(report.colour()).isEqualTo(StatusColour.GREEN);
		assertThat(report.responses()).extracting(r -> r.body())
				.containsExactly("Kami periksa stok blangko.", "Blangko sudah tersedia, silakan ambil KTP-el Anda.");
		assertThat(jdbc.queryForObject("""
				select count(*) from report_history h join reports r on r.id = h.report_id
				where r.tracking_number = ? and h.action = 'RESPONDED' and h.actor_id is not null""", Long.class,
				number.value())).isEqualTo(2);
	}

	@Test
	void anotherBodysLiaisonCannotSeeOrAnswerTheReport() throws Exception {

		var stranger = accounts.staff(Role.LIAISON, "pupr-32.74");
		var number = reports.ktpComplaint(accounts.citizen("Warga Makassar"), false, false);

		mvc.perform(get("/liaison/reports/" + number.value()).with(accounts.as(stranger)))
				.andExpect(status().isNotFound());
		respond(stranger, number, "Bukan urusan kami.", "COMPLETED", version(number))
				.andExpect(status().isNotFound());
		mvc.perform(get("/liaison").param("sort", "newest").with(accounts.as(stranger)))
				.andExpect(content().string(not(containsString(number.formatted()))));

		assertThat(publicView(number).status()).isEqualTo(ReportStatus.ASSIGNED);
	}

	@Test
	void citizensAndSupervisorsCannotUseTheInbox() throws Exception {

		mvc.perform(get("/liaison").with(accounts.as(accounts.citizen("Warga")))).andExpect(status().isForbidden());
		mvc.perform(get("/liaison").with(accounts.as(accounts.staff(Role.SUPERVISOR, "ombudsman"))))
				.andExpect(status().isForbidden());
	}

	@Test
	void anAnonymousReportersIdentityNeverReachesTheBody() throws Exception {

		var liaison = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var reporter = accounts.citizen("Nama Sangat Rahasia");
		var number = reports.ktpComplaint(reporter, true, false);

		mvc.perform(get("/liaison/reports/" + number.value()).with(accounts.as(liaison)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Pelapor anonim")))
				.andExpect(content().string(not(containsString("Nama Sangat Rahasia"))))
				.andExpect(content().string(not(containsString(reporter))));
	}

	@Test
	void aNamedReporterIsShownToTheBody() throws Exception {

		var liaison = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var number = reports.ktpComplaint(accounts.citizen("Andi Terbuka"), false, false);

		mvc.perform(get("/liaison/reports/" + number.value()).with(accounts.as(liaison)))
				.andExpect(content().string(containsString("Andi Terbuka")));
	}

	@Test
	void aStaleResponseDoesNotOverwriteAnotherOfficersWorkAndKeepsWhatWasTyped() throws Exception {

		var first = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var second = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var number = reports.ktpComplaint(accounts.citizen("Warga"), false, false);
		var seenByBoth = version(number);

		respond(first, number, "Tanggapan petugas pertama.", "IN_PROGRESS", seenByBoth)
				.andExpect(status().is3xxRedirection());
		respond(second, number, "Tanggapan petugas kedua.", "COMPLETED", seenByBoth)
				.andExpect(status().isOk())
				.andExpect(model().attribute("conflict", true))
				.andExpect(content().string(containsString("baru saja diubah oleh petugas lain")))
				.andExpect(content().string(containsString("Tanggapan petugas kedua.</textarea>")));

		var report = publicView(number);
		assertThat(report.status()).isEqualTo(ReportStatus.IN_PROGRESS);
		assertThat(report.responses()).extracting(r -> r.body()).containsExactly("Tanggapan petugas pertama.");
	}

	@Test
	void anEmptyResponseIsRefusedWithAReason() throws Exception {

		var liaison = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var number = reports.ktpComplaint(accounts.citizen("Warga"), false, false);

		respond(liaison, number, " ", "BOGUS", version(number))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("form", "message", "status"));
		assertThat(publicView(number).status()).isEqualTo(ReportStatus.ASSIGNED);
	}

	@Test
	void aCompletedReportTakesNoFurtherResponse() throws Exception {

		var liaison = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var number = reports.ktpComplaint(accounts.citizen("Warga"), false, false);
		respond(liaison, number, "Selesai.", "COMPLETED", version(number)).andExpect(status().is3xxRedirection());

		respond(liaison, number, "Tambahan.", "IN_PROGRESS", version(number))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("form", "status"));
		assertThat(publicView(number).responses()).hasSize(1);
	}

	@Test
	void completingNeedsAnOutcomeWhichIsKeptApartFromFollowedUp() throws Exception {

		var liaison = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var number = reports.ktpComplaint(accounts.citizen("Warga"), false, false);

		mvc.perform(post("/liaison/reports/" + number.value() + "/responses").with(csrf()).with(accounts.as(liaison))
				.param("message", "Sudah kami jawab.").param("status", "COMPLETED")
				.param("version", Long.toString(version(number))))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("form", "outcome", "triage.response.outcomeRequired"))
				.andExpect(content().string(containsString("Sudah kami jawab.</textarea>")));
		assertThat(publicView(number).status()).isEqualTo(ReportStatus.ASSIGNED);

		mvc.perform(post("/liaison/reports/" + number.value() + "/responses").with(csrf()).with(accounts.as(liaison))
				.param("message", "Bukan urusan yang bisa kami selesaikan.").param("status", "COMPLETED")
				.param("outcome", "NO_FURTHER_ACTION").param("version", Long.toString(version(number))))
				.andExpect(status().is3xxRedirection());
		assertThat(publicView(number).outcome().result()).isEqualTo(id.lapor.report.Outcome.NO_FURTHER_ACTION);
	}

	@Test
	void historyCannotBeRewritten() {

		var number = reports.ktpComplaint(accounts.citizen("Warga"), false, false);

		org.assertj.core.api.Assertions.assertThatException().isThrownBy(() -> jdbc.update("""
				update report_history set note = 'diubah' where report_id =
				(select id from reports where tracking_number = ?)""", number.value()))
				.havingRootCause().withMessageContaining("append-only");
		org.assertj.core.api.Assertions.assertThatException().isThrownBy(() -> jdbc.update("""
				delete from report_history where report_id = (select id from reports where tracking_number = ?)""",
				number.value())).havingRootCause().withMessageContaining("append-only");
	}

	@Test
	void aReportCompletedAsADuplicateNamesTheReportItRepeats() throws Exception {

		var liaison = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var original = reports.ktpComplaint(accounts.citizen("Warga Pertama"), false, false);
		var repeat = reports.ktpComplaint(accounts.citizen("Warga Kedua"), false, false);

		// A number that is no other report is refused, with what was typed kept.
		mvc.perform(post("/liaison/reports/" + repeat.value() + "/responses").with(csrf()).with(accounts.as(liaison))
				.param("message", "Sama dengan laporan lain.").param("status", "COMPLETED").param("outcome", "DUPLICATE")
				.param("duplicateOf", repeat.formatted()).param("version", Long.toString(version(repeat))))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("form", "duplicateOf", "triage.response.duplicateOf.unknown"));
		mvc.perform(post("/liaison/reports/" + repeat.value() + "/responses").with(csrf()).with(accounts.as(liaison))
				.param("message", "Sama dengan laporan lain.").param("status", "COMPLETED").param("outcome", "DUPLICATE")
				.param("duplicateOf", "ZZZZZ-ZZZZZ").param("version", Long.toString(version(repeat))))
				.andExpect(model().attributeHasFieldErrorCode("form", "duplicateOf", "triage.response.duplicateOf.unknown"));

		// A number left in the form while answering "in progress" links nothing.
		mvc.perform(post("/liaison/reports/" + repeat.value() + "/responses").with(csrf()).with(accounts.as(liaison))
				.param("message", "Kami periksa dulu.").param("status", "IN_PROGRESS").param("outcome", "DUPLICATE")
				.param("duplicateOf", original.formatted()).param("version", Long.toString(version(repeat))))
				.andExpect(status().is3xxRedirection());
		assertThat(queries.findForSupervision(repeat, java.util.Locale.ROOT).orElseThrow().duplicateOf()).isNull();

		mvc.perform(post("/liaison/reports/" + repeat.value() + "/responses").with(csrf()).with(accounts.as(liaison))
				.param("message", "Sudah ditangani dalam laporan sebelumnya.").param("status", "COMPLETED")
				.param("outcome", "DUPLICATE").param("duplicateOf", original.formatted().toLowerCase())
				.param("version", Long.toString(version(repeat))))
				.andExpect(status().is3xxRedirection());

		var staffView = queries.findForSupervision(repeat, java.util.Locale.ROOT).orElseThrow();
		assertThat(staffView.duplicateOf()).isEqualTo(original);
		assertThat(staffView.outcome().result()).isEqualTo(id.lapor.report.Outcome.DUPLICATE);
		mvc.perform(get("/liaison/reports/" + repeat.value()).with(accounts.as(liaison)))
				.andExpect(content().string(containsString("Duplikat dari laporan " + original.value())));
		// The public and the reporter see the answer, not the link to another person's report.
		assertThat(queries.findForTracking(repeat, null, java.util.Locale.ROOT).orElseThrow().timeline())
				.noneMatch(entry -> entry.action().name().equals("MARKED_DUPLICATE"));
	}

	private org.springframework.test.web.servlet.ResultActions respond(String liaison, TrackingNumber number,
			String message, String status, long version) throws Exception {
		return mvc.perform(post("/liaison/reports/" + number.value() + "/responses").with(csrf())
				.with(accounts.as(liaison))
				.param("message", message)
				.param("status", status)
				.param("outcome", "COMPLETED".equals(status) ? "SOLVED" : "")
				.param("version", Long.toString(version)));
	}

	private long version(TrackingNumber number) {
		return queries.findForSupervision(number, Locale.ROOT).orElseThrow().version();
	}

	private id.lapor.report.ReportDetails publicView(TrackingNumber number) {
		return queries.findForSupervision(number, Locale.ROOT).orElseThrow();
	}
}

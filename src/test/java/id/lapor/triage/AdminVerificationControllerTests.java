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
import id.lapor.report.ArchiveReason;
import id.lapor.report.ReportDetails;
import id.lapor.report.ReportQueries;
import id.lapor.report.ReportStatus;
import id.lapor.report.TrackingNumber;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AdminVerificationControllerTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired ReportQueries queries;

	@Test
	void aReportForAnUnstaffedBodyWaitsForTheAdministratorWhoForwardsIt() throws Exception {

		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");
		var number = reports.submit(accounts.citizen("Warga Parepare"), "73.72", "kependudukan-ktp", false, false);

		var queued = details(number);
		assertThat(queued.status()).isEqualTo(ReportStatus.AWAITING_VERIFICATION);
		assertThat(queued.agency().code()).isEqualTo("kemenpanrb-lapor");
		assertThat(queued.timeline().getLast().detail()).isEqualTo("NO_LIAISON");

		mvc.perform(get("/admin/verification").with(accounts.as(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(number.formatted())));
		mvc.perform(get("/admin/verification/" + number.value()).with(accounts.as(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"verify-form\"")))
				.andExpect(content().string(containsString("id=\"verify-target\" class=\"form-control font-monospace\" list=\"verify-targets\"")))
				.andExpect(content().string(containsString("value=\"dukcapil-73.72\"")))
				.andExpect(content().string(containsString("belum punya petugas penghubung")));

		var liaison = accounts.staff(Role.LIAISON, "dukcapil-73.72");
		mvc.perform(post("/admin/verification/" + number.value() + "/verify").with(csrf()).with(accounts.as(admin))
				.param("categoryCode", "kependudukan-ktp").param("targetCode", "dukcapil-73.72")
				.param("note", "Sudah ada petugas Disdukcapil Parepare.").param("version", version(number)))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/admin/verification"));

		assertThat(details(number).status()).isEqualTo(ReportStatus.ASSIGNED);
		mvc.perform(get("/liaison/reports/" + number.value()).with(accounts.as(liaison)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Sudah ada petugas Disdukcapil Parepare.")));
	}

	@Test
	void theAdministratorPostponesAndArchivesWithReasons() throws Exception {

		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");
		var original = reports.submit(accounts.citizen("Warga"), "73.01", "kependudukan-ktp", false, false);
		var duplicate = reports.submit(accounts.citizen("Warga"), "73.01", "kependudukan-ktp", false, false);

		mvc.perform(post("/admin/verification/" + duplicate.value() + "/postpone").with(csrf()).with(accounts.as(admin))
				.param("note", "Menunggu keterangan pelapor.").param("version", version(duplicate)))
				.andExpect(status().is3xxRedirection());
		assertThat(details(duplicate).status()).isEqualTo(ReportStatus.POSTPONED);

		mvc.perform(post("/admin/verification/" + duplicate.value() + "/archive").with(csrf()).with(accounts.as(admin))
				.param("reason", "DUPLICATE").param("duplicateOf", "").param("note", "Sama.")
				.param("version", version(duplicate)))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("archiveForm", "duplicateOf",
						"verification.duplicateOf.required"))
				.andExpect(content().string(containsString("Sama.</textarea>")));

		mvc.perform(post("/admin/verification/" + duplicate.value() + "/archive").with(csrf()).with(accounts.as(admin))
				.param("reason", "DUPLICATE").param("duplicateOf", original.formatted()).param("note", "Sama.")
				.param("version", version(duplicate)))
				.andExpect(status().is3xxRedirection());

		var archived = details(duplicate);
		assertThat(archived.status()).isEqualTo(ReportStatus.ARCHIVED);
		assertThat(archived.archiveReason()).isEqualTo(ArchiveReason.DUPLICATE);
		assertThat(archived.duplicateOf()).isEqualTo(original);
	}

	@Test
	void theAdministratorCanHideTheReportersIdentity() throws Exception {

		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");
		var liaison = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var number = reports.ktpComplaint(accounts.citizen("Nama Akan Disembunyikan"), false, false);

		mvc.perform(post("/admin/reports/" + number.value() + "/flags").with(csrf()).with(accounts.as(admin))
				.param("anonymous", "true").param("note", "Pelapor meminta identitasnya dirahasiakan.")
				.param("version", version(number)))
				.andExpect(status().is3xxRedirection());

		mvc.perform(get("/liaison/reports/" + number.value()).with(accounts.as(liaison)))
				.andExpect(content().string(not(containsString("Nama Akan Disembunyikan"))))
				.andExpect(content().string(containsString("Pelapor anonim")));
	}

	@Test
	void aStaleActionDoesNotOverwriteAnotherAdministratorsWork() throws Exception {

		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");
		var number = reports.submit(accounts.citizen("Warga"), "73.02", "kependudukan-ktp", false, false);
		var seen = version(number);

		mvc.perform(post("/admin/verification/" + number.value() + "/postpone").with(csrf()).with(accounts.as(admin))
				.param("note", "Ditunda admin pertama.").param("version", seen))
				.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/verification/" + number.value() + "/archive").with(csrf()).with(accounts.as(admin))
				.param("reason", "TOO_GENERAL").param("note", "Diarsipkan admin kedua.").param("version", seen))
				.andExpect(status().isOk())
				.andExpect(model().attribute("conflict", true))
				.andExpect(content().string(containsString("Diarsipkan admin kedua.</textarea>")))
				.andExpect(content().string(containsString("value=\"" + version(number) + "\"")));

		assertThat(details(number).status()).isEqualTo(ReportStatus.POSTPONED);
	}

	@Test
	void supervisorsLookButDoNotActAndLiaisonsStayOut() throws Exception {

		var supervisor = accounts.staff(Role.SUPERVISOR, "ombudsman");
		var number = reports.submit(accounts.citizen("Warga"), "73.72", "kependudukan-ktp", false, false);

		mvc.perform(get("/admin/verification").with(accounts.as(supervisor))).andExpect(status().isOk());
		mvc.perform(get("/admin/verification/" + number.value()).with(accounts.as(supervisor)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("id=\"verify-form\""))));
		mvc.perform(post("/admin/verification/" + number.value() + "/verify").with(csrf()).with(accounts.as(supervisor))
				.param("categoryCode", "kependudukan-ktp").param("targetCode", "dukcapil-73.72").param("note", "x")
				.param("version", version(number)))
				.andExpect(status().isForbidden());
		mvc.perform(get("/admin/verification").with(accounts.as(accounts.staff(Role.LIAISON, "pln"))))
				.andExpect(status().isForbidden());
		assertThat(details(number).status()).isEqualTo(ReportStatus.AWAITING_VERIFICATION);
	}

	private String version(TrackingNumber number) {
		return Long.toString(details(number).version());
	}

	private ReportDetails details(TrackingNumber number) {
		return queries.findForSupervision(number, Locale.ROOT).orElseThrow();
	}
}

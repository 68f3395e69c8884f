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
import id.lapor.report.ReportDetails;
import id.lapor.report.ReportQueries;
import id.lapor.report.ReportStatus;
import id.lapor.report.TrackingNumber;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * "No wrong door": a body passes on what is not its business, the next body sees it, and nothing bounces forever.
 */
@IntegrationTest
class ForwardingTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired ReportQueries queries;

	@Test
	void aForwardedReportLeavesTheOldBodyAndReachesTheNewOne() throws Exception {

		var dukcapil = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var pupr = accounts.staff(Role.LIAISON, "pupr-73.71");
		var number = reports.ktpComplaint(accounts.citizen("Warga"), false, false);

		forward(dukcapil, number, "DECLINE", "pupr-73.71", "Ini soal jalan, bukan KTP.")
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/liaison"));

		assertThat(details(number).agency().code()).isEqualTo("pupr-73.71");
		assertThat(details(number).status()).isEqualTo(ReportStatus.ASSIGNED);
		mvc.perform(get("/liaison/reports/" + number.value()).with(accounts.as(dukcapil))).andExpect(status().isNotFound());
		mvc.perform(get("/liaison").param("sort", "newest").with(accounts.as(pupr)))
				.andExpect(content().string(containsString(number.formatted())));
		mvc.perform(get("/liaison/reports/" + number.value()).with(accounts.as(pupr)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Ini soal jalan, bukan KTP.")))
				.andExpect(content().string(containsString("Dinas Kependudukan dan Pencatatan Sipil Kota Makassar")));

		// The public sees only the current body, not the hop.
		mvc.perform(get("/track").param("number", number.value()))
				.andExpect(content().string(containsString("Dinas Pekerjaan Umum dan Penataan Ruang Kota Makassar")))
				.andExpect(content().string(not(containsString("Dinas Kependudukan dan Pencatatan Sipil Kota Makassar"))))
				.andExpect(content().string(not(containsString("Ini soal jalan, bukan KTP."))));
	}

	@Test
	void aReportNeverReturnsToABodyThatDeclinedIt() throws Exception {

		var dukcapil = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var pupr = accounts.staff(Role.LIAISON, "pupr-73.71");
		var number = reports.ktpComplaint(accounts.citizen("Warga"), false, false);
		forward(dukcapil, number, "DECLINE", "pupr-73.71", "Bukan wewenang kami.").andExpect(status().is3xxRedirection());

		forward(pupr, number, "DECLINE", "dukcapil-73.71", "Kembalikan saja.")
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("forwardForm", "targetCode", "triage.forward.refused"))
				.andExpect(content().string(containsString("Kembalikan saja.")));
		assertThat(details(number).agency().code()).isEqualTo("pupr-73.71");
	}

	@Test
	void afterThreeDeclinesANationalAdministratorDecides() throws Exception {

		var first = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var second = accounts.staff(Role.LIAISON, "pupr-73.71");
		var third = accounts.staff(Role.LIAISON, "dinkes-73.71");
		accounts.staff(Role.LIAISON, "dinsos-73.71");
		var number = reports.ktpComplaint(accounts.citizen("Warga"), false, false);

		forward(first, number, "DECLINE", "pupr-73.71", "Bukan kami.").andExpect(status().is3xxRedirection());
		forward(second, number, "DECLINE", "dinkes-73.71", "Bukan kami juga.").andExpect(status().is3xxRedirection());
		forward(third, number, "DECLINE", "dinsos-73.71", "Juga bukan.").andExpect(status().is3xxRedirection());

		var report = details(number);
		assertThat(report.status()).isEqualTo(ReportStatus.AWAITING_VERIFICATION);
		assertThat(report.agency().code()).isEqualTo("kemenpanrb-lapor");
		assertThat(report.timeline().getLast().detail()).isEqualTo("TOO_MANY_DECLINES");
	}

	@Test
	void aDispositionGoesOnlyToTheBodysOwnUnits() throws Exception {

		var regency = accounts.staff(Role.LIAISON, "pemda-73.73");
		accounts.staff(Role.LIAISON, "dinkes-73.73");
		var number = reports.submit(accounts.citizen("Warga"), "73.73", "lainnya-pemerintahan-daerah", false, false);
		assertThat(details(number).agency().code()).isEqualTo("pemda-73.73");

		forward(regency, number, "DISPOSITION", "pln", "Untuk PLN.")
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("forwardForm", "targetCode", "triage.forward.notOwnUnit"));

		forward(regency, number, "DISPOSITION", "dinkes-73.73", "Untuk Dinas Kesehatan.")
				.andExpect(status().is3xxRedirection());
		assertThat(details(number).agency().code()).isEqualTo("dinkes-73.73");
		assertThat(details(number).timeline().getLast().action().name()).isEqualTo("DISPOSED");
	}

	@Test
	void aBodyWithoutLiaisonsPassesTheReportToItsStaffedParentOrToTheAdministrator() throws Exception {

		var dukcapil = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var first = reports.ktpComplaint(accounts.citizen("Warga"), false, false);
		forward(dukcapil, first, "DECLINE", "dlh-73.03", "Soal lingkungan.")
				.andExpect(status().is3xxRedirection());
		assertThat(details(first).status()).isEqualTo(ReportStatus.AWAITING_VERIFICATION);

		accounts.staff(Role.LIAISON, "pemda-73.04");
		var second = reports.ktpComplaint(accounts.citizen("Warga"), false, false);
		forward(dukcapil, second, "DECLINE", "dlh-73.04", "Soal lingkungan.")
				.andExpect(status().is3xxRedirection());
		assertThat(details(second).agency().code()).isEqualTo("pemda-73.04");
	}

	@Test
	void forwardsNeedAReasonAndAKnownBody() throws Exception {

		var dukcapil = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var number = reports.ktpComplaint(accounts.citizen("Warga"), false, false);

		forward(dukcapil, number, "DECLINE", "tidak-ada", "")
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("forwardForm", "reason"));
		forward(dukcapil, number, "DECLINE", "tidak-ada", "Alasan")
				.andExpect(model().attributeHasFieldErrorCode("forwardForm", "targetCode", "triage.forward.unknownTarget"));
		assertThat(details(number).agency().code()).isEqualTo("dukcapil-73.71");
	}

	private ResultActions forward(String liaison, TrackingNumber number, String kind, String target, String reason)
			throws Exception {
		return mvc.perform(post("/liaison/reports/" + number.value() + "/forward").with(csrf())
				.with(accounts.as(liaison))
				.param("kind", kind).param("targetCode", target).param("reason", reason)
				.param("version", Long.toString(details(number).version())));
	}

	private ReportDetails details(TrackingNumber number) {
		return queries.findForSupervision(number, Locale.ROOT).orElseThrow();
	}
}

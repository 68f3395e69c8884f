package id.lapor.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Set;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.LaporUser;
import id.lapor.account.Role;
import id.lapor.audit.AuditAction;
import id.lapor.audit.AuditLog;
import id.lapor.report.ReportDetails;
import id.lapor.report.ReportQueries;
import id.lapor.report.TrackingNumber;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff may hide more of a report, never less: the reporter chose what to show, and is told when staff hide more.
 */
@IntegrationTest
class ReportFlagsTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired ReportQueries queries;
	@Autowired AuditLog audit;

	@Test
	void tighteningIsRecordedAndShownToTheReporter() throws Exception {

		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");
		var reporter = accounts.citizen("Warga");
		var number = reports.ktpComplaint(reporter, false, false);

		mvc.perform(post("/admin/reports/" + number.value() + "/flags").with(csrf()).with(accounts.as(admin))
				.param("anonymous", "true").param("confidential", "true").param("note", "Permintaan pelapor.")
				.param("version", version(number)))
				.andExpect(status().is3xxRedirection());

		assertThat(details(number).anonymous()).isTrue();
		assertThat(details(number).confidential()).isTrue();
		mvc.perform(get("/reports/" + number.value()).with(accounts.as(reporter)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data-action=\"FLAGS_CHANGED\"")))
				.andExpect(content().string(containsString("Anonim: ya, rahasia: ya")));
		var adminId = ((LaporUser) accounts.details(admin)).id();
		assertThat(audit.find(Set.of(AuditAction.REPORT_FLAGS_CHANGED), adminId, PageRequest.of(0, 10)))
				.singleElement()
				.satisfies(entry -> {
					assertThat(entry.target()).isEqualTo(number.value());
					assertThat(entry.detail()).contains("anonymous=false→true").contains("confidential=false→true");
				});
	}

	@Test
	void looseningIsRefusedWithAMessageAndChangesNothing() throws Exception {

		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");
		var number = reports.ktpComplaint(accounts.citizen("Warga"), true, true);

		var page = mvc.perform(get("/admin/verification/" + number.value()).with(accounts.as(admin)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		var checkbox = page.substring(page.lastIndexOf("<input", page.indexOf("id=\"flag-anonymous\"")),
				page.indexOf(">", page.indexOf("id=\"flag-anonymous\"")));
		assertThat(checkbox).contains("checked=\"checked\"").contains("disabled=\"disabled\"");

		mvc.perform(post("/admin/reports/" + number.value() + "/flags").with(csrf()).with(accounts.as(admin))
				.param("anonymous", "true").param("note", "Dibuka saja.").param("version", version(number)))
				.andExpect(status().isConflict())
				.andExpect(model().attributeHasErrors("flagsForm"))
				.andExpect(content().string(containsString("hanya bisa diperketat")))
				.andExpect(content().string(containsString("Dibuka saja.</textarea>")));

		assertThat(details(number).anonymous()).isTrue();
		assertThat(details(number).confidential()).isTrue();
		var adminId = ((LaporUser) accounts.details(admin)).id();
		assertThat(audit.find(Set.of(AuditAction.REPORT_FLAGS_CHANGED), adminId, PageRequest.of(0, 10))).isEmpty();
	}

	private String version(TrackingNumber number) {
		return Long.toString(details(number).version());
	}

	private ReportDetails details(TrackingNumber number) {
		return queries.findForSupervision(number, Locale.ROOT).orElseThrow();
	}
}

package id.lapor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.Role;
import id.lapor.report.ColourCounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AdminDashboardControllerTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;

	@Test
	void theNationalAdminSeesEveryBodysReportsAndColourCounts() throws Exception {

		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");
		var number = reports.ktpComplaint(accounts.citizen("Warga"), true, true);

		var page = mvc.perform(get("/admin").param("colour", "red").with(accounts.as(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(number.formatted())))
				.andReturn();
		var counts = (ColourCounts) page.getModelAndView().getModel().get("counts");
		assertThat(counts.red()).isPositive();
		assertThat(counts.total()).isEqualTo(counts.red() + counts.yellow() + counts.green() + counts.grey());
		mvc.perform(get("/admin/reports/" + number.value()).with(accounts.as(admin)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Pelapor anonim")));
	}

	@Test
	void supervisorsSeeTheSameButChangeNothing() throws Exception {

		for (var agency : new String[] { "ombudsman", "ksp" }) {
			var supervisor = accounts.staff(Role.SUPERVISOR, agency);
			mvc.perform(get("/admin").with(accounts.as(supervisor))).andExpect(status().isOk());
			mvc.perform(post("/admin").with(csrf()).with(accounts.as(supervisor))).andExpect(status().isForbidden());
		}
	}

	@Test
	void citizensLiaisonsAndVisitorsStayOut() throws Exception {

		mvc.perform(get("/admin").with(accounts.as(accounts.citizen("Warga")))).andExpect(status().isForbidden());
		mvc.perform(get("/admin").with(accounts.as(accounts.staff(Role.LIAISON, "pln"))))
				.andExpect(status().isForbidden());
		mvc.perform(get("/admin")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}
}

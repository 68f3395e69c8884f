package id.lapor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.Role;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The series deploy/grafana/lapor.json and deploy/prometheus/alerts.yml query are on /actuator/prometheus.
 */
@IntegrationTest
class PrometheusMetricsTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;

	@Test
	void theDomainGaugesAndTheSeriesTheDashboardReadsAreScraped() throws Exception {

		reports.ktpComplaint(accounts.citizen("Warga"), false, false);
		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");
		mvc.perform(get("/track").with(accounts.as(admin))).andReturn();

		var text = mvc.perform(get("/actuator/prometheus").with(accounts.as(admin)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		var received = value(text, "lapor_reports_received");
		var routed = value(text, "lapor_reports_routed");
		var waiting = value(text, "lapor_reports_awaiting_verification");
		assertThat(received).isPositive().isEqualTo(routed + waiting);
		assertThat(value(text, "lapor_reports_overdue")).isNotNegative();
		assertThat(value(text, "lapor_events_publications_incomplete")).isNotNegative();
		assertThat(value(text, "lapor_events_publications_oldest_incomplete_age_seconds")).isNotNegative();
		assertThat(text).contains("hikaricp_connections_active{", "hikaricp_connections_max{",
				"hikaricp_connections_pending{", "jvm_memory_used_bytes{", "http_server_requests_seconds_bucket{");
	}

	@Test
	void prometheusScrapesWithItsPasswordAndNobodyElseButTheNationalAdministrator() throws Exception {
		mvc.perform(get("/actuator/prometheus").with(httpBasic("prometheus", "test-scrape-password")))
				.andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus").with(httpBasic("prometheus", "wrong")))
				.andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").with(accounts.as(accounts.citizen("Warga"))))
				.andExpect(status().isForbidden());
		// The scrape account opens nothing else.
		mvc.perform(get("/actuator/metrics").with(httpBasic("prometheus", "test-scrape-password")))
				.andExpect(status().is3xxRedirection());
	}

	/** The value of a series without labels, e.g. {@code lapor_reports_received 12.0}. */
	private static double value(String exposition, String name) {
		var line = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? (\\S+)$").matcher(exposition);
		assertThat(line.find()).as(name + " in%n%s", exposition.lines().filter(l -> l.startsWith("lapor")).toList())
				.isTrue();
		return Double.parseDouble(line.group(1));
	}
}

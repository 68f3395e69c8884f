package id.lapor.monitoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;

import javax.sql.DataSource;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.account.Role;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The limits of the statistics: requests per address for anonymous callers, and the statement timeout. */
@IntegrationTest
@TestPropertySource(properties = { "lapor.rate-limit.public-statistics=3 per hour",
		"lapor.statistics.statement-timeout=300ms" })
class StatisticsLimitsTests {

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired DataSource dataSource;

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void anonymousCallersOverTheLimitAreAskedToComeBackLater() throws Exception {

		for (int i = 0; i < 2; i++) {
			mvc.perform(get("/api/v1/statistics").param("groupBy", "region").with(from("198.51.100.1")))
					.andExpect(status().isOk());
		}
		// Page and API share the limit.
		mvc.perform(get("/statistik").with(from("198.51.100.1"))).andExpect(status().isOk());

		mvc.perform(get("/api/v1/statistics").param("groupBy", "region").with(from("198.51.100.1"))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
				.andExpect(status().isTooManyRequests())
				.andExpect(header().string(HttpHeaders.RETRY_AFTER, matchesPattern("[1-9]\\d*")))
				.andExpect(jsonPath("$.title").value("Too many requests"));
		mvc.perform(get("/statistik").with(from("198.51.100.1")))
				.andExpect(status().isTooManyRequests())
				.andExpect(header().exists(HttpHeaders.RETRY_AFTER))
				.andExpect(jsonPath("$.detail").value(containsString("Terlalu banyak permintaan")));
		// A browser asks for HTML: still 429, as a problem document.
		mvc.perform(get("/statistik").with(from("198.51.100.1")).header(HttpHeaders.ACCEPT, "text/html"))
				.andExpect(status().isTooManyRequests())
				.andExpect(header().exists(HttpHeaders.RETRY_AFTER));

		// Another address has its own limit, and logged-in staff have none.
		mvc.perform(get("/statistik").with(from("198.51.100.2"))).andExpect(status().isOk());
		var supervisor = accounts.as(accounts.staff(Role.SUPERVISOR, "ombudsman"));
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/statistics").param("groupBy", "region").with(from("198.51.100.1"))
					.with(supervisor)).andExpect(status().isOk());
		}
	}

	@Test
	void aStatisticsQueryOverTheTimeoutAnswers503() throws Exception {

		var supervisor = accounts.as(accounts.staff(Role.SUPERVISOR, "ombudsman"));
		// Another transaction holds the reports: the statistics wait for it until PostgreSQL cancels them.
		try (Connection blocker = dataSource.getConnection()) {
			blocker.setAutoCommit(false);
			blocker.createStatement().execute("lock table reports in access exclusive mode");
			try {
				mvc.perform(get("/api/v1/statistics").param("groupBy", "body").with(supervisor))
						.andExpect(status().isServiceUnavailable())
						.andExpect(jsonPath("$.detail").value(containsString("terlalu lama")));
				mvc.perform(get("/monitoring").with(supervisor))
						.andExpect(status().isServiceUnavailable());
			} finally {
				blocker.rollback();
			}
		}
		mvc.perform(get("/api/v1/statistics").param("groupBy", "body").with(supervisor))
				.andExpect(status().isOk());
	}
}

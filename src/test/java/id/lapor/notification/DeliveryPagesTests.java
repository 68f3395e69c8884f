package id.lapor.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.Role;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff see whether the people of a report were told (the liaison on the report's page), the national administrator
 * which messages failed; an anonymous reporter is "Pelapor" on both, never an address.
 */
@IntegrationTest
class DeliveryPagesTests {

	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired JdbcTemplate jdbc;
	@Autowired MockMvc mvc;

	@Test
	void staffSeeTheStateOfEachMessageAndNeverAnAnonymousReportersAddress() throws Exception {

		var reporter = accounts.citizen("Pelapor Tanpa Nama");
		var liaison = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		var number = reports.ktpComplaint(reporter, true, false);
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
				"select count(*) from deliveries where report_number = ? and recipient = 'reporter' and state = 'SENT'",
				Long.class, number.value()) == 1);

		mvc.perform(get("/liaison/reports/" + number.value()).with(accounts.as(liaison)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"report-deliveries\"")))
				.andExpect(content().string(containsString("Terkirim")))
				.andExpect(content().string(not(containsString(reporter))));

		jdbc.update("""
				update deliveries set state = 'GIVEN_UP', attempts = 8, last_error = 'MailSendException: relay refused'
				where report_number = ? and recipient = 'reporter'""", number.value());
		assertThat(jdbc.queryForObject("select address from deliveries where report_number = ? and recipient = 'reporter'",
				String.class, number.value())).as("erased once sent").isNull();

		mvc.perform(get("/admin/deliveries").with(accounts.as(accounts.staff(Role.ADMIN, "kemenpanrb-lapor"))))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(number.value())))
				.andExpect(content().string(containsString("relay refused")))
				.andExpect(content().string(containsString("Dihentikan")))
				.andExpect(content().string(not(containsString(reporter))));
		mvc.perform(get("/admin/deliveries").with(accounts.as(liaison))).andExpect(status().isForbidden());
	}
}

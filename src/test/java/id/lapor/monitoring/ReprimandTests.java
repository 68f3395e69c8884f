package id.lapor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Pattern;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.Role;
import id.lapor.report.TrackingNumber;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A supervisor reprimands (teguran) a body about its overdue reports: recorded once, in those reports' history and
 * in the body's inbox, never shown to the reporter. Kota Manado (71.71) and Kota Bitung (71.72) are used by no other
 * test.
 */
@IntegrationTest
class ReprimandTests {

	private static final Pattern FORM_ID = Pattern.compile("name=\"formId\" value=\"([0-9a-f-]{36})\"");

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired JdbcTemplate jdbc;

	@Test
	void aSupervisorReprimandsABodyForItsOverdueReportsOnce() throws Exception {

		var liaison = accounts.staff(Role.LIAISON, "dukcapil-71.71");
		var reporter = accounts.citizen("Warga Manado");
		var late = reports.submit(reporter, "71.71", "kependudukan-ktp", false, false);
		var onTime = reports.submit(accounts.citizen("Warga Manado Lain"), "71.71", "kependudukan-ktp", false, false);
		makeOverdue(late);
		var supervisor = accounts.staff(Role.SUPERVISOR, "ombudsman");

		// The dashboard's list of the worst overdue bodies leads to the body's overdue reports.
		mvc.perform(get("/monitoring").param("regionCode", "71").with(accounts.as(supervisor)))
				.andExpect(content().string(containsString("id=\"worst-overdue\"")))
				.andExpect(content().string(containsString("/monitoring/bodies/dukcapil-71.71?colour=overdue")));

		var page = mvc.perform(get("/monitoring/bodies/dukcapil-71.71").with(accounts.as(supervisor)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"reprimand-form\"")))
				.andReturn().getResponse().getContentAsString();
		var matcher = FORM_ID.matcher(page);
		assertThat(matcher.find()).isTrue();
		var formId = matcher.group(1);

		for (int click = 0; click < 2; click++) {
			mvc.perform(post("/monitoring/bodies/dukcapil-71.71/reprimands").with(csrf()).with(accounts.as(supervisor))
					.param("formId", formId).param("message", "Segera tindak lanjuti laporan KTP yang terlambat."))
					.andExpect(status().is3xxRedirection())
					.andExpect(flash().attribute("reprimandSent", 1));
		}
		assertThat(jdbc.queryForObject("select count(*) from reprimands where form_id = ?::uuid", Long.class, formId))
				.isEqualTo(1);
		assertThat(historyCount(late)).isEqualTo(1);
		assertThat(historyCount(onTime)).isZero();

		mvc.perform(get("/monitoring/bodies/dukcapil-71.71").with(accounts.as(supervisor)))
				.andExpect(content().string(containsString("Segera tindak lanjuti laporan KTP yang terlambat.")));
		mvc.perform(get("/liaison").with(accounts.as(liaison)))
				.andExpect(content().string(containsString("id=\"reprimands\"")))
				.andExpect(content().string(containsString("Segera tindak lanjuti laporan KTP yang terlambat.")));
		mvc.perform(get("/liaison/reports/" + late.value()).with(accounts.as(liaison)))
				.andExpect(content().string(containsString("Teguran dari pengawas")));
		mvc.perform(get("/reports/" + late.value()).with(accounts.as(reporter)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Teguran dari pengawas"))))
				.andExpect(content().string(not(containsString("Segera tindak lanjuti"))));
	}

	@Test
	void anEmptyMessageIsRefusedAndNothingIsRecorded() throws Exception {

		reports.ensureLiaison("dukcapil-71.72");
		var late = reports.submit(accounts.citizen("Warga Bitung"), "71.72", "kependudukan-ktp", false, false);
		makeOverdue(late);
		var formId = UUID.randomUUID().toString();

		mvc.perform(post("/monitoring/bodies/dukcapil-71.72/reprimands").with(csrf())
				.with(accounts.as(accounts.staff(Role.ADMIN, "kemenpanrb-lapor")))
				.param("formId", formId).param("message", "   "))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("reprimandError", "reprimand.invalid"));
		assertThat(jdbc.queryForObject("select count(*) from reprimands where form_id = ?::uuid", Long.class, formId))
				.isZero();
		assertThat(historyCount(late)).isZero();
	}

	@Test
	void bodyAdministratorsAndLiaisonOfficersCannotReprimand() throws Exception {

		for (var staff : new String[] { accounts.agencyAdmin("pemda-71.71"), accounts.staff(Role.LIAISON, "pemda-71.71") }) {
			mvc.perform(post("/monitoring/bodies/dukcapil-71.71/reprimands").with(csrf()).with(accounts.as(staff))
					.param("formId", UUID.randomUUID().toString()).param("message", "Teguran"))
					.andExpect(status().isForbidden());
		}
		mvc.perform(get("/monitoring/bodies/dukcapil-71.71").with(accounts.as(accounts.agencyAdmin("pemda-71.71"))))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("id=\"reprimand-form\""))));
	}

	private void makeOverdue(TrackingNumber number) {
		jdbc.update("update reports set next_due_at = now() - interval '2 days' where tracking_number = ?", number.value());
	}

	private long historyCount(TrackingNumber number) {
		return jdbc.queryForObject("""
				select count(*) from report_history h join reports r on r.id = h.report_id
				where r.tracking_number = ? and h.action = 'REPRIMANDED'""", Long.class, number.value());
	}
}

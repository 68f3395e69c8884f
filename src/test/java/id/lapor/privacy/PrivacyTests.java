package id.lapor.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.AccountErasure;
import id.lapor.account.Role;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PrivacyTests {

	@Autowired MockMvc mvc;
	@Autowired JdbcTemplate jdbc;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;

	@Test
	void aCitizenDownloadsAllTheirDataAndNobodyElses() throws Exception {

		var citizen = accounts.citizen("Rani Unduh");
		var other = accounts.citizen("Orang Lain");
		var mine = reports.ktpComplaint(citizen, false, true);
		var theirs = reports.ktpComplaint(other, false, false);

		var zip = mvc.perform(get("/account/data/export").with(accounts.as(citizen)))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "application/zip"))
				.andExpect(header().string("Content-Disposition", containsString("attachment")))
				.andReturn().getResponse().getContentAsByteArray();

		var entries = unzip(zip);
		assertThat(entries).containsKeys("akun.json", "laporan/" + mine.value() + "/laporan.json");
		assertThat(entries.keySet()).noneMatch(name -> name.contains(theirs.value()));
		assertThat(entries.get("akun.json")).contains("Rani Unduh").contains(citizen);
		assertThat(entries.get("laporan/" + mine.value() + "/laporan.json")).contains(mine.value()).contains("\"title\"");
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_events where action = 'PERSONAL_DATA_EXPORTED'
				and actor_id = (select id from accounts where email = ?)""", Long.class, citizen)).isEqualTo(1);
	}

	@Test
	void erasureNeedsTheConfirmationAndThePasswordThenLeavesReportsThatNameNobody() throws Exception {

		var citizen = accounts.citizen("Budi Terhapus");
		var number = reports.ktpComplaint(citizen, false, false);
		var id = jdbc.queryForObject("select id from accounts where email = ?", UUID.class, citizen);

		mvc.perform(post("/account/data/erase").with(accounts.as(citizen)).with(csrf())
						.param("password", TestAccounts.PASSWORD))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"erase-error\"")));
		mvc.perform(post("/account/data/erase").with(accounts.as(citizen)).with(csrf())
						.param("password", "bukan-sandinya").param("confirm", "true"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Kata sandi salah")));
		assertThat(jdbc.queryForObject("select full_name from accounts where id = ?", String.class, id))
				.isEqualTo("Budi Terhapus");

		mvc.perform(post("/account/data/erase").with(accounts.as(citizen)).with(csrf())
						.param("password", TestAccounts.PASSWORD).param("confirm", "true"))
				.andExpect(redirectedUrl("/?erased"));

		var erased = jdbc.queryForMap("select email, full_name, phone, enabled from accounts where id = ?", id);
		assertThat((String) erased.get("email")).startsWith("dihapus-").endsWith("@lapor.invalid");
		assertThat(erased.get("full_name")).isEqualTo(AccountErasure.ERASED_NAME);
		assertThat(erased.get("phone")).isNull();
		assertThat(erased.get("enabled")).isEqualTo(false);
		mvc.perform(formLogin("/login").userParameter("email").user(citizen).password(TestAccounts.PASSWORD))
				.andExpect(unauthenticated());

		// The report stays, for the body, without the name.
		assertThat(jdbc.queryForObject("select count(*) from reports where tracking_number = ? and reporter_id = ?",
				Long.class, number.value(), id)).isEqualTo(1);
		var liaison = accounts.staff(Role.LIAISON, "dukcapil-73.71");
		mvc.perform(get("/liaison/reports/" + number.value()).with(accounts.as(liaison)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Budi Terhapus"))))
				.andExpect(content().string(containsString(AccountErasure.ERASED_NAME)));
		assertThat(jdbc.queryForObject("select count(*) from audit_events where action = 'PERSONAL_DATA_ERASED' and actor_id = ?",
				Long.class, id)).isEqualTo(1);
	}

	@Test
	void staffHaveNoCitizenDataPages() throws Exception {
		var liaison = accounts.staff(Role.LIAISON, "pln");
		mvc.perform(get("/account/data/export").with(accounts.as(liaison))).andExpect(status().isForbidden());
		mvc.perform(post("/account/data/erase").with(accounts.as(liaison)).with(csrf())
				.param("password", TestAccounts.PASSWORD).param("confirm", "true")).andExpect(status().isForbidden());
	}

	private static Map<String, String> unzip(byte[] zip) throws Exception {
		var entries = new HashMap<String, String>();
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return entries;
	}
}

package id.lapor.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import id.lapor.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class RegistrationControllerTests {

	@Autowired MockMvc mvc;
	@Autowired JdbcTemplate jdbc;

	@Test
	void aCitizenRegistersAndLogsIn() throws Exception {

		var email = "Rani." + UUID.randomUUID() + "@Contoh.ID";

		mvc.perform(register(email, "kata-sandi-rani", "kata-sandi-rani"))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/login"));

		var stored = jdbc.queryForMap("select role, password_hash, agency_id from accounts where email = ?",
				email.toLowerCase());
		assertThat(stored.get("role")).isEqualTo("CITIZEN");
		assertThat(stored.get("agency_id")).isNull();
		assertThat((String) stored.get("password_hash")).startsWith("{bcrypt}").doesNotContain("kata-sandi-rani");

		mvc.perform(formLogin("/login").userParameter("email").user(email).password("kata-sandi-rani"))
				.andExpect(authenticated().withRoles("CITIZEN"))
				.andExpect(redirectedUrl("/reports/mine"));
		mvc.perform(formLogin("/login").userParameter("email").user(email).password("salah-sandi"))
				.andExpect(unauthenticated());
	}

	@Test
	void anAddressCanOnlyBeRegisteredOnce() throws Exception {

		var email = "dobel-" + UUID.randomUUID() + "@contoh.id";
		mvc.perform(register(email, "kata-sandi-1", "kata-sandi-1")).andExpect(status().is3xxRedirection());

		mvc.perform(register(email.toUpperCase(), "kata-sandi-2", "kata-sandi-2"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("form", "email", "register.email.taken"));
	}

	@Test
	void mistakesAreExplainedAndTheNameIsKept() throws Exception {

		mvc.perform(register("bukan-email", "pendek", "lain"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("form", "email", "password"))
				.andExpect(content().string(containsString("value=\"Rani Daeng\"")))
				.andExpect(content().string(containsString("Alamat e-mail tidak valid.")))
				.andExpect(content().string(not(containsString("pendek"))));

		mvc.perform(register("beda-" + UUID.randomUUID() + "@contoh.id", "kata-sandi-1", "kata-sandi-2"))
				.andExpect(model().attributeHasFieldErrorCode("form", "passwordConfirmation",
						"register.password.mismatch"));
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/register").param("email", "x@contoh.id")).andExpect(status().isForbidden());
	}

	@Test
	void pagesForbidScriptsFromElsewhere() throws Exception {
		mvc.perform(get("/")).andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder register(String email,
			String password, String confirmation) {
		return post("/register").with(csrf())
				.param("fullName", "Rani Daeng")
				.param("email", email)
				.param("password", password)
				.param("passwordConfirmation", confirmation);
	}
}

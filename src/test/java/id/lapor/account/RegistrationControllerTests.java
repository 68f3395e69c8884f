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
import id.lapor.TestMailbox;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class RegistrationControllerTests {

	static final String GOOD_PASSWORD = "kebun-salak-merah-tujuh";

	@Autowired MockMvc mvc;
	@Autowired JdbcTemplate jdbc;
	@Autowired TestMailbox mailbox;

	@Test
	void aCitizenRegistersVerifiesTheAddressAndLogsIn() throws Exception {

		var email = "Rani." + UUID.randomUUID() + "@Contoh.ID";
		var stored = email.toLowerCase();

		mvc.perform(register(email, GOOD_PASSWORD, GOOD_PASSWORD))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/register/sent"));

		var account = jdbc.queryForMap("select role, password_hash, agency_id, email_verified_at from accounts where email = ?",
				stored);
		assertThat(account.get("role")).isEqualTo("CITIZEN");
		assertThat(account.get("agency_id")).isNull();
		assertThat(account.get("email_verified_at")).isNull();
		assertThat((String) account.get("password_hash")).startsWith("{bcrypt}").doesNotContain(GOOD_PASSWORD);

		var token = mailbox.lastToken(stored);
		assertThat(jdbc.queryForObject("select count(*) from account_tokens where token_hash = ?", Long.class, token))
				.as("only a hash of the link's token is stored").isZero();
		mvc.perform(get("/register/verify").param("token", token)).andExpect(redirectedUrl("/login"));
		assertThat(jdbc.queryForObject("select email_verified_at is not null from accounts where email = ?", Boolean.class,
				stored)).isTrue();
		mvc.perform(get("/register/verify").param("token", token))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"verify-failed\"")));

		mvc.perform(formLogin("/login").userParameter("email").user(email).password(GOOD_PASSWORD))
				.andExpect(authenticated().withRoles("CITIZEN"))
				.andExpect(redirectedUrl("/reports/mine"));
		mvc.perform(formLogin("/login").userParameter("email").user(email).password("salah-sandi"))
				.andExpect(unauthenticated());
	}

	@Test
	void registeringAKnownAddressAnswersTheSameAndOnlyTellsTheOwner() throws Exception {

		var email = "dobel-" + UUID.randomUUID() + "@contoh.id";
		var first = mvc.perform(register(email, GOOD_PASSWORD, GOOD_PASSWORD)).andReturn().getResponse();

		var second = mvc.perform(register(email.toUpperCase(), "pisang-goreng-hangat-9", "pisang-goreng-hangat-9"))
				.andReturn().getResponse();

		assertThat(second.getStatus()).isEqualTo(first.getStatus());
		assertThat(second.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl()).isEqualTo("/register/sent");
		assertThat(jdbc.queryForObject("select count(*) from accounts where email = ?", Long.class, email)).isEqualTo(1);
		assertThat(mailbox.mailsTo(email)).hasSize(2).last().asString().contains("sudah punya akun");
	}

	@Test
	void mistakesAreExplainedAndTheNameIsKept() throws Exception {

		mvc.perform(register("bukan-email", "pendek", "lain"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrors("form", "email", "password"))
				.andExpect(content().string(containsString("value=\"Rani Daeng\"")))
				.andExpect(content().string(containsString("Alamat e-mail tidak valid.")))
				.andExpect(content().string(not(containsString("pendek"))));

		mvc.perform(register("beda-" + UUID.randomUUID() + "@contoh.id", GOOD_PASSWORD, GOOD_PASSWORD + "x"))
				.andExpect(model().attributeHasFieldErrorCode("form", "passwordConfirmation",
						"register.password.mismatch"));
	}

	@Test
	void commonAndOverlongPasswordsAreRefusedWithAReason() throws Exception {

		var email = "sandi-" + UUID.randomUUID() + "@contoh.id";
		mvc.perform(register(email, "password123", "password123"))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("form", "password", "password.guessable"));
		mvc.perform(register(email, "rani daeng 1990", "rani daeng 1990"))
				.andExpect(model().attributeHasFieldErrorCode("form", "password", "password.guessable"));

		// bcrypt reads at most 72 bytes and refuses more: 40 two-byte letters are 80 bytes.
		var overlong = "é".repeat(40);
		mvc.perform(register(email, overlong, overlong))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("form", "password", "password.tooLong"));
		assertThat(jdbc.queryForObject("select count(*) from accounts where email = ?", Long.class, email)).isZero();
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		mvc.perform(post("/register").param("email", "x@contoh.id")).andExpect(status().isForbidden());
	}

	@Test
	void pagesForbidScriptsFromElsewhere() throws Exception {
		mvc.perform(get("/")).andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
	}

	static MockHttpServletRequestBuilder register(String email, String password, String confirmation) {
		return post("/register").with(csrf())
				.param("fullName", "Rani Daeng")
				.param("email", email)
				.param("password", password)
				.param("passwordConfirmation", confirmation);
	}
}

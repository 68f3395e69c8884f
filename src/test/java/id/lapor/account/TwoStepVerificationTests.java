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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import id.lapor.IntegrationTest;
import id.lapor.MockMvcSessionIds;
import id.lapor.TestAccounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class TwoStepVerificationTests {

	private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();

	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@Autowired SecondFactors secondFactors;
	@Autowired JdbcTemplate jdbc;

	@Test
	void anEnrolledPersonNeedsACodeAfterThePassword() throws Exception {

		var email = accounts.citizen("Dewi Lestari");
		var enrolment = enrol(email);
		assertThat(enrolment.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
		assertThat(audited(email, "SECOND_FACTOR_ENABLED")).isOne();

		// The password alone signs nobody in: the person waits on the code page, anonymous.
		var session = passwordStep(email, "/login/code");
		mvc.perform(get("/reports/mine").session(session)).andExpect(status().is3xxRedirection())
				.andExpect(unauthenticated());
		mvc.perform(get("/login/code").session(session)).andExpect(status().isOk())
				.andExpect(content().string(not(containsString(enrolment.secret()))));

		mvc.perform(code(session, wrongCode(enrolment.key())))
				.andExpect(status().isOk())
				.andExpect(model().attributeHasFieldErrorCode("form", "code", "twoStep.code.wrong"))
				.andExpect(unauthenticated());
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_events a join accounts u on u.id = a.actor_id
				where u.email = ? and a.action = 'SIGN_IN_FAILED' and a.detail = 'second factor'""", Integer.class,
				email)).isOne();

		// Enrolment spent the code of the current step; the next step's is valid too (one step either side).
		var next = totp(enrolment.key(), Instant.now().plus(Duration.ofSeconds(30)));
		var passwordSessionId = MockMvcSessionIds.storedSessionId(session);
		mvc.perform(code(session, next))
				.andExpect(authenticated().withRoles("CITIZEN"))
				.andExpect(redirectedUrl("http://localhost/reports/mine?continue")); // the page that asked for a login
		assertThat(MockMvcSessionIds.storedSessionId(session)).isNotEqualTo(passwordSessionId);
		mvc.perform(get("/reports/mine").session(session)).andExpect(status().isOk());

		// The same code a second time is refused, even after a fresh password.
		var replay = passwordStep(email, "/login/code");
		mvc.perform(code(replay, next)).andExpect(status().isOk()).andExpect(unauthenticated());
	}

	@Test
	void aRecoveryCodeSignsInOnce() throws Exception {

		var email = accounts.citizen("Rudi Hartono");
		var enrolment = enrol(email);
		var recoveryCode = enrolment.recoveryCodes().get(3);

		mvc.perform(code(passwordStep(email, "/login/code"), recoveryCode.toUpperCase()))
				.andExpect(authenticated().withRoles("CITIZEN"));
		assertThat(audited(email, "RECOVERY_CODE_USED")).isOne();
		assertThat(secondFactors.unusedRecoveryCodes(accountId(email))).isEqualTo(9);

		mvc.perform(code(passwordStep(email, "/login/code"), recoveryCode)).andExpect(unauthenticated());
		mvc.perform(code(passwordStep(email, "/login/code"), enrolment.recoveryCodes().get(4)))
				.andExpect(authenticated());
	}

	@Test
	void fiveWrongCodesAskForThePasswordAgain() throws Exception {

		var email = accounts.citizen("Tono Sugiarto");
		var enrolment = enrol(email);
		var session = passwordStep(email, "/login/code");

		for (int attempt = 1; attempt < TwoStepLogin.MAX_ATTEMPTS; attempt++) {
			mvc.perform(code(session, wrongCode(enrolment.key()))).andExpect(status().isOk());
		}
		mvc.perform(code(session, wrongCode(enrolment.key()))).andExpect(redirectedUrl("/login?codeAttempts"));

		// Even the right code no longer helps: the password comes first.
		mvc.perform(code(session, totp(enrolment.key(), Instant.now().plus(Duration.ofSeconds(30)))))
				.andExpect(redirectedUrl("/login?expired"))
				.andExpect(unauthenticated());
		mvc.perform(get("/login/code").session(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void staffWhoseRoleRequiresASecondFactorMustEnrolFirst() throws Exception {

		var admin = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");
		var session = passwordStep(admin, "/account/two-step");

		for (var page : List.of("/admin", "/", "/monitoring", "/reports/mine", "/admin/audit")) {
			mvc.perform(get(page).session(session)).andExpect(redirectedUrl("/account/two-step"));
		}
		mvc.perform(get("/account/two-step").session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"two-step-required\"")));

		var secret = Base32.decode((String) mvc.perform(get("/account/two-step").session(session))
				.andReturn().getModelAndView().getModel().get("secret"));
		mvc.perform(post("/account/two-step").session(session).with(csrf()).param("code", totp(secret, Instant.now())))
				.andExpect(redirectedUrl("/account/two-step"));
		mvc.perform(get("/admin").session(session)).andExpect(status().isOk());

		// Whoever signs in next in the same browser is not held by the administrator's obligation.
		var held = passwordStep(accounts.staff(Role.ADMIN, "kemenpanrb-lapor"), "/account/two-step");
		mvc.perform(post("/login").session(held).with(csrf()).param("email", accounts.staff(Role.LIAISON, "pln"))
				.param("password", TestAccounts.PASSWORD))
				.andExpect(redirectedUrl("/liaison"));
		mvc.perform(get("/liaison").session(held)).andExpect(status().isOk());

		// Body administrators and supervisors too; tests that log staff in directly (no password step) are not held.
		passwordStep(accounts.agencyAdmin("pln"), "/account/two-step");
		passwordStep(accounts.staff(Role.SUPERVISOR, "ombudsman"), "/account/two-step");
		mvc.perform(get("/admin").with(accounts.as(accounts.staff(Role.ADMIN, "kemenpanrb-lapor"))))
				.andExpect(status().isOk());
	}

	@Test
	void demoAccountsAndLiaisonsSignInWithThePasswordAlone() throws Exception {

		var exempt = accounts.staff(Role.ADMIN, "kemenpanrb-lapor");
		secondFactors.exempt(exempt);
		mvc.perform(formLogin("/login").userParameter("email").user(exempt).password(TestAccounts.PASSWORD))
				.andExpect(authenticated().withRoles("ADMIN"))
				.andExpect(redirectedUrl("/admin"));

		mvc.perform(formLogin("/login").userParameter("email").user("admin@lapor.test").password(DemoAccounts.PASSWORD))
				.andExpect(authenticated().withRoles("ADMIN"))
				.andExpect(redirectedUrl("/admin"));
		mvc.perform(formLogin("/login").userParameter("email").user("pln@lapor.test").password(DemoAccounts.PASSWORD))
				.andExpect(authenticated().withRoles("LIAISON", "AGENCY_ADMIN"))
				.andExpect(redirectedUrl("/liaison"));

		mvc.perform(formLogin("/login").userParameter("email").user(accounts.staff(Role.LIAISON, "pln"))
				.password(TestAccounts.PASSWORD))
				.andExpect(authenticated().withRoles("LIAISON"))
				.andExpect(redirectedUrl("/liaison"));
	}

	@Test
	void theSecretIsEncryptedAndNotShownAfterEnrolment() throws Exception {

		var email = accounts.citizen("Sari Wulandari");
		var session = new MockHttpSession();
		var page = mvc.perform(get("/account/two-step").session(session).with(accounts.as(email)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("data:image/svg+xml;base64,")))
				.andExpect(content().string(containsString("otpauth://totp/LAPOR!:")))
				.andReturn();
		var shown = (String) page.getModelAndView().getModel().get("secret");
		var secret = Base32.decode(shown);
		assertThat(secret).hasSize(20);

		var enabled = mvc.perform(post("/account/two-step").session(session).with(accounts.as(email)).with(csrf())
				.param("code", totp(secret, Instant.now()))).andReturn();
		mvc.perform(get("/account/two-step").session(session).with(accounts.as(email))
				.flashAttrs(enabled.getFlashMap()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"recovery-codes\"")))
				.andExpect(content().string(not(containsString(shown))))
				.andExpect(content().string(not(containsString(Base32.encode(secret)))));

		var stored = jdbc.queryForObject("select secret from account_second_factors where account_id = ?", byte[].class,
				accountId(email));
		assertThat(stored).hasSize(12 + 20 + 16);
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
				.doesNotContain(new String(secret, java.nio.charset.StandardCharsets.ISO_8859_1));
	}

	@Test
	void recoveryCodesAreRenewedAndTheSecondFactorTurnedOffWithACurrentCode() throws Exception {

		var email = accounts.citizen("Budi Santoso");
		var enrolment = enrol(email);
		var session = new MockHttpSession();

		mvc.perform(post("/account/two-step/disable").session(session).with(accounts.as(email)).with(csrf())
				.param("code", wrongCode(enrolment.key())))
				.andExpect(redirectedUrl("/account/two-step"));
		assertThat(secondFactors.isEnabled(accountId(email))).isTrue();

		var renewed = mvc.perform(post("/account/two-step/recovery-codes").session(session).with(accounts.as(email))
				.with(csrf()).param("code", totp(enrolment.key(), Instant.now().plus(Duration.ofSeconds(30)))))
				.andReturn().getFlashMap().get("recoveryCodes");
		assertThat(renewed).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(10)
				.doesNotContainAnyElementsOf(enrolment.recoveryCodes());

		// The renewal spent the next step's code; a recovery code cannot turn it off, only the app can.
		mvc.perform(post("/account/two-step/disable").session(session).with(accounts.as(email)).with(csrf())
				.param("code", enrolment.recoveryCodes().getFirst()))
				.andExpect(redirectedUrl("/account/two-step"));
		assertThat(secondFactors.isEnabled(accountId(email))).isTrue();

		// Without it, the password alone signs in again.
		jdbc.update("update account_second_factors set last_used_step = 0 where account_id = ?", accountId(email));
		mvc.perform(post("/account/two-step/disable").session(session).with(accounts.as(email)).with(csrf())
				.param("code", totp(enrolment.key(), Instant.now())))
				.andExpect(redirectedUrl("/account/two-step"));
		assertThat(secondFactors.isEnabled(accountId(email))).isFalse();
		assertThat(audited(email, "SECOND_FACTOR_DISABLED")).isOne();
		passwordStep(email, "/reports/mine");
	}

	private record Enrolment(byte[] key, String secret, List<String> recoveryCodes) {}

	/** Enrols the account's authenticator, with the code of the current time step. */
	@SuppressWarnings("unchecked")
	private Enrolment enrol(String email) throws Exception {

		var session = new MockHttpSession();
		var shown = (String) mvc.perform(get("/account/two-step").session(session).with(accounts.as(email)))
				.andExpect(status().isOk())
				.andReturn().getModelAndView().getModel().get("secret");
		var key = Base32.decode(shown);
		var codes = mvc.perform(post("/account/two-step").session(session).with(accounts.as(email)).with(csrf())
						.param("code", totp(key, Instant.now())))
				.andExpect(redirectedUrl("/account/two-step"))
				.andReturn().getFlashMap().get("recoveryCodes");
		return new Enrolment(key, shown.replace(" ", ""), (List<String>) codes);
	}

	/** Logs in with the password and returns the session, checking where the person was sent. */
	private MockHttpSession passwordStep(String email, String expectedPage) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email)
						.password(TestAccounts.PASSWORD))
				.andExpect(redirectedUrl(expectedPage))
				.andReturn().getRequest().getSession(false);
	}

	private static MockHttpServletRequestBuilder code(MockHttpSession session, String code) {
		return post("/login/code").session(session).with(csrf()).param("code", code);
	}

	static String totp(byte[] key, Instant at) throws Exception {
		return GENERATOR.generateOneTimePasswordString(new SecretKeySpec(key, GENERATOR.getAlgorithm()), at);
	}

	/** Six digits that are none of the codes valid around now. */
	private static String wrongCode(byte[] key) throws Exception {
		var now = Instant.now();
		var valid = List.of(totp(key, now.minusSeconds(60)), totp(key, now.minusSeconds(30)), totp(key, now),
				totp(key, now.plusSeconds(30)), totp(key, now.plusSeconds(60)));
		for (int candidate = 0; ; candidate++) {
			var code = "%06d".formatted(candidate);
			if (!valid.contains(code)) {
				return code;
			}
		}
	}

	private UUID accountId(String email) {
		return jdbc.queryForObject("select id from accounts where email = ?", UUID.class, email);
	}

	private Integer audited(String email, String action) {
		return jdbc.queryForObject("select count(*) from audit_events where actor_id = ? and action = ?", Integer.class,
				accountId(email), action);
	}
}

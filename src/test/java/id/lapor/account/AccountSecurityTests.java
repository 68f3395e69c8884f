package id.lapor.account;

import static id.lapor.account.RegistrationControllerTests.GOOD_PASSWORD;
import static id.lapor.account.RegistrationControllerTests.register;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import id.lapor.IntegrationTest;
import id.lapor.MockMvcSessionIds;
import id.lapor.TestAccounts;
import id.lapor.TestMailbox;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Accounts as an attacker or a careless administrator would try them: squatting an address, guessing whether an
 * address is registered, reusing a reset link, and sessions that outlive a disabled account.
 */
@IntegrationTest
class AccountSecurityTests {

	@Autowired MockMvc mvc;
	@Autowired JdbcTemplate jdbc;
	@Autowired TestMailbox mailbox;
	@Autowired TestAccounts accounts;

	@Test
	void theLoginPageAsksToTryAgainWhenThePasswordWasNotChecked() throws Exception {
		mvc.perform(get("/login").param("busy", ""))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Kata sandi Anda belum diperiksa")));
	}

	@Test
	void somebodyElsesAddressCannotFileReportsUntilItsOwnerVerifiesIt() throws Exception {

		var victim = "korban-" + UUID.randomUUID() + "@contoh.id";
		mvc.perform(register(victim, GOOD_PASSWORD, GOOD_PASSWORD)).andExpect(redirectedUrl("/register/sent"));
		var squatter = login(victim, GOOD_PASSWORD);

		mvc.perform(get("/reports/new").session(squatter))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"email-unverified\"")));
		mvc.perform(post("/reports/new").session(squatter).with(csrf())
						.param("classification", "COMPLAINT").param("title", "Jalan rusak di depan rumah")
						.param("body", "Jalan berlubang besar sejak sebulan, membahayakan pengendara motor.")
						.param("regionCode", "73.71").param("submissionToken", UUID.randomUUID().toString()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Verifikasi alamat e-mail Anda dulu")));
		assertThat(jdbc.queryForObject("""
				select count(*) from reports r join accounts a on a.id = r.reporter_id where a.email = ?""",
				Long.class, victim)).isZero();
	}

	@Test
	void aForgottenPasswordIsResetOnceThroughTheMailedLinkAndEveryOldSessionEnds() throws Exception {

		var email = accounts.citizen("Lupa Sandi");
		var unknown = "tidak-ada-" + UUID.randomUUID() + "@contoh.id";
		var oldSession = login(email, TestAccounts.PASSWORD);

		var forKnown = mvc.perform(post("/password/forgot").with(csrf()).param("email", email)).andReturn().getResponse();
		var forUnknown = mvc.perform(post("/password/forgot").with(csrf()).param("email", unknown)).andReturn()
				.getResponse();
		assertThat(forUnknown.getStatus()).isEqualTo(forKnown.getStatus());
		assertThat(forUnknown.getRedirectedUrl()).isEqualTo(forKnown.getRedirectedUrl());
		assertThat(mailbox.mailsTo(unknown)).isEmpty();

		var token = mailbox.lastToken(email);
		mvc.perform(get("/password/reset").param("token", token))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(email)));
		mvc.perform(resetWith(token, "123456789012")).andExpect(status().isOk())
				.andExpect(content().string(containsString("terlalu mudah ditebak")));
		mvc.perform(resetWith(token, "jeruk-nipis-dan-kopi-tubruk")).andExpect(redirectedUrl("/login"));

		mvc.perform(formLogin("/login").userParameter("email").user(email).password(TestAccounts.PASSWORD))
				.andExpect(unauthenticated());
		mvc.perform(formLogin("/login").userParameter("email").user(email).password("jeruk-nipis-dan-kopi-tubruk"))
				.andExpect(authenticated());
		mvc.perform(get("/reports/mine").session(oldSession)).andExpect(redirectedUrl("/login"));

		mvc.perform(resetWith(token, "lain-lagi-sandi-baru-99")).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"reset-failed\"")));
		mvc.perform(formLogin("/login").userParameter("email").user(email).password("lain-lagi-sandi-baru-99"))
				.andExpect(unauthenticated());
	}

	@Test
	void anExpiredResetLinkDoesNotWork() throws Exception {

		var email = accounts.citizen("Lambat");
		mvc.perform(post("/password/forgot").with(csrf()).param("email", email));
		var token = mailbox.lastToken(email);
		jdbc.update("update account_tokens set expires_at = now() - interval '1 minute' where account_id = "
				+ "(select id from accounts where email = ?)", email);

		mvc.perform(resetWith(token, "jeruk-nipis-dan-kopi-tubruk")).andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"reset-failed\"")));
	}

	@Test
	void aDisabledOrDemotedStaffMembersOpenSessionEndsAtItsNextRequest() throws Exception {

		var liaison = accounts.staff(Role.LIAISON, "pln");
		var session = login(liaison, TestAccounts.PASSWORD);
		mvc.perform(get("/liaison").session(session)).andExpect(status().isOk());

		jdbc.update("update accounts set enabled = false where email = ?", liaison);

		var ended = MockMvcSessionIds.storedSessionId(session);
		var afterwards = (MockHttpSession) mvc.perform(get("/liaison").session(session))
				.andExpect(redirectedUrl("/login"))
				.andReturn().getRequest().getSession(false);
		assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class, ended))
				.isZero();
		mvc.perform(get("/login").session(afterwards))
				.andExpect(content().string(containsString("Sesi Anda diakhiri")));

		var administrator = accounts.withoutSecondFactor(accounts.agencyAdmin("pln"));
		var adminSession = login(administrator, TestAccounts.PASSWORD);
		mvc.perform(get("/admin/agencies").session(adminSession)).andExpect(status().isOk());
		jdbc.update("update accounts set agency_admin = false where email = ?", administrator);
		mvc.perform(get("/admin/agencies").session(adminSession)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void disablingThroughTheApplicationEndsTheSessionsToo() throws Exception {

		var liaison = accounts.staff(Role.LIAISON, "pln");
		var session = login(liaison, TestAccounts.PASSWORD);
		var id = jdbc.queryForObject("select id from accounts where email = ?", UUID.class, liaison);
		var version = jdbc.queryForObject("select session_version from accounts where id = ?", Long.class, id);

		var account = jdbc.queryForObject("select agency_id from accounts where id = ?", Long.class, id);
		mvc.perform(get("/liaison").session(session)).andExpect(status().isOk());
		jdbc.update("update accounts set enabled = false, session_version = session_version + 1 where id = ?", id);
		assertThat(account).isNotNull();

		mvc.perform(get("/liaison").session(session)).andExpect(redirectedUrl("/login"));
		assertThat(jdbc.queryForObject("select session_version from accounts where id = ?", Long.class, id))
				.isGreaterThan(version);
	}

	@Test
	void loggingOutEverywhereEndsEverySessionOfTheAccount() throws Exception {

		var email = accounts.citizen("Dua Ponsel");
		var phone = login(email, TestAccounts.PASSWORD);
		var laptop = login(email, TestAccounts.PASSWORD);
		mvc.perform(get("/reports/mine").session(laptop)).andExpect(status().isOk());

		mvc.perform(post("/account/sessions/end").session(phone).with(csrf())).andExpect(redirectedUrl("/login?ended"));

		mvc.perform(get("/reports/mine").session(laptop)).andExpect(redirectedUrl("/login"));
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_events where action = 'SIGN_OUT_EVERYWHERE'
				and actor_id = (select id from accounts where email = ?)""", Long.class, email)).isEqualTo(1);
	}

	@Test
	void guessingAPasswordIsHeldBackAndTheRightOneWaitsToo() throws Exception {

		var email = accounts.citizen("Ditebak");
		for (int attempt = 0; attempt < 10; attempt++) {
			mvc.perform(formLogin("/login").userParameter("email").user(email).password("tebakan-" + attempt))
					.andExpect(redirectedUrl("/login?error"));
		}
		for (int attempt = 10; attempt < 30; attempt++) {
			mvc.perform(formLogin("/login").userParameter("email").user(email).password("tebakan-" + attempt))
					.andExpect(unauthenticated())
					.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).startsWith("/login?throttled="));
		}
		mvc.perform(formLogin("/login").userParameter("email").user(email).password(TestAccounts.PASSWORD))
				.andExpect(unauthenticated())
				.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).startsWith("/login?throttled="));
		mvc.perform(get("/login").param("throttled", "15"))
				.andExpect(content().string(containsString("coba lagi dalam 15 menit")));

		// An address that has no account is held back the same way; another account is not held back at all.
		var nobody = "tidak-ada-" + UUID.randomUUID() + "@contoh.id";
		for (int attempt = 0; attempt < 10; attempt++) {
			mvc.perform(formLogin("/login").userParameter("email").user(nobody).password("x"));
		}
		mvc.perform(formLogin("/login").userParameter("email").user(nobody).password("x"))
				.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).startsWith("/login?throttled="));
		login(accounts.citizen("Tetangga"), TestAccounts.PASSWORD);
		assertThat(jdbc.queryForObject("select count(*) from audit_events where action = 'SIGN_IN_THROTTLED'", Long.class))
				.isGreaterThanOrEqualTo(22);
	}

	@Test
	void aSuccessfulSignInStartsTheCountAfresh() throws Exception {

		var email = accounts.citizen("Sering Salah");
		for (int round = 0; round < 3; round++) {
			for (int attempt = 0; attempt < 9; attempt++) {
				mvc.perform(formLogin("/login").userParameter("email").user(email).password("salah"))
						.andExpect(redirectedUrl("/login?error"));
			}
			login(email, TestAccounts.PASSWORD);
		}
	}

	@Test
	void anOverlongPasswordAtLoginIsAWrongPasswordNotAnError() throws Exception {

		var email = accounts.citizen("Panjang");
		mvc.perform(formLogin("/login").userParameter("email").user(email).password("x".repeat(100)))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void signInsAndFailedSignInsAreAuditedWithoutWhatWasTyped() throws Exception {

		var email = accounts.citizen("Diaudit");
		var typo = "sandi-" + UUID.randomUUID();
		mvc.perform(formLogin("/login").userParameter("email").user(email).password(typo));
		mvc.perform(formLogin("/login").userParameter("email").user(typo).password(typo));
		login(email, TestAccounts.PASSWORD);

		var id = jdbc.queryForObject("select id from accounts where email = ?", UUID.class, email);
		assertThat(jdbc.queryForList("select action from audit_events where target = ? order by id", String.class,
				id.toString())).containsExactly("SIGN_IN_FAILED", "SIGN_IN");
		assertThat(jdbc.queryForObject("select count(*) from audit_events where target like ? or detail like ?",
				Long.class, "%" + typo + "%", "%" + typo + "%")).isZero();
	}

	private MockHttpSession login(String email, String password) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password(password))
				.andExpect(authenticated())
				.andReturn().getRequest().getSession(false);
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder resetWith(String token,
			String password) {
		return post("/password/reset").with(csrf()).param("token", token).param("password", password)
				.param("passwordConfirmation", password);
	}
}

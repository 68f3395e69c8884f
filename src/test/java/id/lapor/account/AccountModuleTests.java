package id.lapor.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import id.lapor.audit.AuditAction;
import id.lapor.audit.AuditEntry;
import id.lapor.audit.AuditLog;
import id.lapor.system.Mailer;
import id.lapor.system.ModuleTestDatabase;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The account module with the modules it uses, {@code agency} and {@code audit}. Its mail goes through
 * {@link Mailer}, which the {@code notification} module implements: a mock here, which shows what was sent. It
 * listens to Spring Security's sign-in events, which the tests publish as the login form would.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ModuleTestDatabase
class AccountModuleTests {

	private static final Pattern TOKEN = Pattern.compile("/register/verify\\?token=([A-Za-z0-9_-]+)");
	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	@MockitoBean Mailer mailer;
	@Autowired AccountRegistration registration;
	@Autowired UserDetailsService users;
	@Autowired AuditLog audit;
	@Autowired JdbcTemplate jdbc;

	@Test
	void aNewCitizenVerifiesTheAddressWithTheMailedLinkOnce() {

		var email = uniqueEmail();
		registration.register(email, "rahasia-sekali", "Warga Baru", null, INDONESIAN);
		var citizen = citizen(email);
		assertThat(registration.isEmailVerified(citizen.id())).isFalse();

		var mail = ArgumentCaptor.forClass(Mailer.Mail.class);
		verify(mailer).send(mail.capture());
		assertThat(mail.getValue().to()).isEqualTo(email);
		var link = TOKEN.matcher(mail.getValue().text());
		assertThat(link.find()).as("verification link in %s", mail.getValue().text()).isTrue();

		assertThat(registration.verify(link.group(1))).isTrue();
		assertThat(registration.isEmailVerified(citizen.id())).isTrue();
		assertThat(registration.verify(link.group(1))).isFalse();
		assertThat(audit.find(Set.of(), citizen.id(), PageRequest.of(0, 10))).extracting(AuditEntry::action)
				.containsExactly(AuditAction.EMAIL_VERIFIED, AuditAction.ACCOUNT_REGISTERED);
	}

	@Test
	void registeringATakenAddressMailsItsOwnerAndCreatesNoAccount() {

		var email = uniqueEmail();
		registration.register(email, "rahasia-sekali", "Pemilik Alamat", null, INDONESIAN);
		registration.register(email.toUpperCase(Locale.ROOT), "rahasia-lain", "Orang Lain", null, INDONESIAN);

		var mails = ArgumentCaptor.forClass(Mailer.Mail.class);
		verify(mailer, times(2)).send(mails.capture());
		assertThat(mails.getAllValues()).extracting(Mailer.Mail::to).containsExactly(email, email);
		assertThat(TOKEN.matcher(mails.getAllValues().getLast().text()).find()).isFalse();
		assertThat(jdbc.queryForObject("select count(*) from accounts where email = ?", Integer.class, email)).isOne();
		assertThat(citizen(email).fullName()).isEqualTo("Pemilik Alamat");
	}

	@Test
	void aSignInIsAuditedAndRemembered(Scenario scenario) {

		var citizen = registered();

		scenario.publish(new AuthenticationSuccessEvent(
						UsernamePasswordAuthenticationToken.authenticated(citizen, null, citizen.getAuthorities())))
				.andWaitForStateChange(() -> entries(AuditAction.SIGN_IN, citizen.id().toString()),
						entries -> !entries.isEmpty())
				.andVerify(entries -> {
					assertThat(entries).singleElement().extracting(AuditEntry::actorId).isEqualTo(citizen.id());
					assertThat(jdbc.queryForObject("select last_login_at is not null from accounts where id = ?",
							Boolean.class, citizen.id())).isTrue();
				});
	}

	@Test
	void aFailedSignInNamesTheAccountButNeverWhatWasTyped(Scenario scenario) {

		var citizen = registered();
		var typo = "rahasia-sekali-" + UUID.randomUUID(); // a password typed into the e-mail field

		scenario.stimulate((transactions, events) -> {
			events.publishEvent(failure(citizen.email().toUpperCase(Locale.ROOT)));
			events.publishEvent(failure(typo));
		}).andWaitForStateChange(() -> entries(AuditAction.SIGN_IN_FAILED, citizen.id().toString()),
				entries -> !entries.isEmpty())
				.andVerify(entries -> {
					assertThat(entries).singleElement().satisfies(entry -> {
						assertThat(entry.actorId()).isNull();
						assertThat(entry.detail()).isEqualTo(BadCredentialsException.class.getSimpleName());
					});
					assertThat(audit.find(Set.of(AuditAction.SIGN_IN_FAILED), null, PageRequest.of(0, 1000)))
							.extracting(AuditEntry::target)
							.noneMatch(target -> target.contains(typo))
							.contains("unknown account");
				});
	}

	private LaporUser registered() {
		var email = uniqueEmail();
		registration.register(email, "rahasia-sekali", "Warga Masuk", null, INDONESIAN);
		return citizen(email);
	}

	private LaporUser citizen(String email) {
		return (LaporUser) users.loadUserByUsername(email);
	}

	private List<AuditEntry> entries(AuditAction action, String target) {
		return audit.find(Set.of(action), null, PageRequest.of(0, 1000)).stream()
				.filter(entry -> entry.target().equals(target)).toList();
	}

	private static AuthenticationFailureBadCredentialsEvent failure(String typed) {
		return new AuthenticationFailureBadCredentialsEvent(
				UsernamePasswordAuthenticationToken.unauthenticated(typed, "salah"),
				new BadCredentialsException("Bad credentials"));
	}

	private static String uniqueEmail() {
		return "warga-" + UUID.randomUUID() + "@test.lapor";
	}
}

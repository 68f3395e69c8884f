package id.lapor.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import id.lapor.account.AccountTokens.Purpose;
import id.lapor.audit.AuditAction;
import id.lapor.audit.AuditLog;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A citizen's own registration. The answer is the same whether or not the address already has an account, so the
 * form cannot be used to find out who uses LAPOR!: a new address gets a link to verify it, a known one a notice with
 * the way to reset the password. An account can file reports only once its address is verified, so nobody can take
 * somebody else's address and have mail about their reports sent there.
 */
@Service
@Transactional
public class AccountRegistration {

	private final AccountRepository accounts;
	private final PasswordEncoder passwordEncoder;
	private final AccountTokens tokens;
	private final AccountMails mails;
	private final AccountProperties properties;
	private final AuditLog audit;
	private final Clock clock;

	AccountRegistration(AccountRepository accounts, PasswordEncoder passwordEncoder, AccountTokens tokens,
			AccountMails mails, AccountProperties properties, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.tokens = tokens;
		this.mails = mails;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Registers a citizen with an unverified address and mails the link to verify it; for an address that has an
	 * account already, mails that account instead. The caller cannot tell which happened.
	 */
	public void register(String email, String rawPassword, String fullName, @Nullable String phone, Locale locale) {

		var existing = accounts.findByEmail(Account.normalize(email));
		if (existing.isPresent()) {
			mails.alreadyRegistered(existing.get(), locale);
			return;
		}
		var account = accounts.saveAndFlush(Account.citizen(email, passwordEncoder.encode(rawPassword), fullName, phone,
				clock.instant()));
		audit.record(AuditAction.ACCOUNT_REGISTERED, account.getId(), account.getId().toString(), null);
		mails.verification(account, tokens.issue(account.getId(), Purpose.VERIFY_EMAIL,
				properties.verificationValidity()), locale);
	}

	/**
	 * Verifies the address of the link's account.
	 *
	 * @return whether the link was valid
	 */
	public boolean verify(String token) {
		Optional<Account> account = tokens.use(token, Purpose.VERIFY_EMAIL).flatMap(accounts::findById);
		account.ifPresent(verified -> {
			verified.verifyEmail(clock.instant());
			audit.record(AuditAction.EMAIL_VERIFIED, verified.getId(), verified.getId().toString(), null);
		});
		return account.isPresent();
	}

	/** Sends a new verification link to a logged-in citizen whose address is not verified yet. */
	public void resendVerification(UUID accountId, Locale locale) {
		accounts.findById(accountId).filter(account -> !account.isEmailVerified() && account.isEnabled())
				.ifPresent(account -> mails.verification(account, tokens.issue(account.getId(), Purpose.VERIFY_EMAIL,
						properties.verificationValidity()), locale));
	}

	@Transactional(readOnly = true)
	public boolean isEmailVerified(UUID accountId) {
		return accounts.findById(accountId).map(Account::isEmailVerified).orElse(false);
	}
}

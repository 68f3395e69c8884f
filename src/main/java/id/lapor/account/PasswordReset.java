package id.lapor.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import id.lapor.account.AccountTokens.Purpose;
import id.lapor.audit.AuditAction;
import id.lapor.audit.AuditLog;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Lupa kata sandi": a single-use link by mail, valid for {@code lapor.accounts.reset-validity}. Asking gives the
 * same answer whether or not the address has an account. A reset ends every session of the account and, since it
 * proves the person reads the address's mail, verifies the address.
 */
@Service
@Transactional
public class PasswordReset {

	private final AccountRepository accounts;
	private final PasswordEncoder passwordEncoder;
	private final AccountTokens tokens;
	private final AccountMails mails;
	private final AccountProperties properties;
	private final AuditLog audit;
	private final Clock clock;

	PasswordReset(AccountRepository accounts, PasswordEncoder passwordEncoder, AccountTokens tokens, AccountMails mails,
			AccountProperties properties, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.tokens = tokens;
		this.mails = mails;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/** Mails a reset link if the address belongs to an enabled account; otherwise nothing happens. */
	public void request(String email, Locale locale) {
		accounts.findByEmail(Account.normalize(email)).filter(Account::isEnabled).ifPresent(account -> {
			mails.passwordReset(account, tokens.issue(account.getId(), Purpose.RESET_PASSWORD, properties.resetValidity()),
					locale);
			audit.record(AuditAction.PASSWORD_RESET_REQUESTED, null, account.getId().toString(), null);
		});
	}

	/** The e-mail address of a link that can still be used, to show on the form (the person knows it already). */
	@Transactional(readOnly = true)
	public Optional<String> emailOf(String token) {
		return tokens.peek(token, Purpose.RESET_PASSWORD).flatMap(accounts::findById).map(Account::getEmail);
	}

	/**
	 * Sets the new password if the link is still valid.
	 *
	 * @return whether it was
	 */
	public boolean reset(String token, String newPassword, Locale locale) {
		var account = tokens.use(token, Purpose.RESET_PASSWORD).flatMap(accounts::findById).filter(Account::isEnabled);
		account.ifPresent(changed -> {
			changed.changePassword(passwordEncoder.encode(newPassword));
			changed.verifyEmail(clock.instant());
			audit.record(AuditAction.PASSWORD_CHANGED, changed.getId(), changed.getId().toString(), "reset link");
			mails.passwordChanged(changed, locale);
		});
		return account.isPresent();
	}
}

package id.lapor.account;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import id.lapor.account.AccountTokens.Purpose;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a citizen's account (UU PDP 27/2022, the right to erasure): name, address and phone are replaced, the
 * password made unusable, every session ended. The row itself stays as a pseudonym, so reports, their history and
 * the bodies' files stay whole and name nobody.
 */
@Service
@Transactional
public class AccountErasure {

	/** The account that anonymised reports point at instead of their reporter. */
	public static final UUID ANONYMISED_REPORTER = PlaceholderAccounts.ANONYMISED_REPORTER;

	/** The name shown wherever the erased person's name was. */
	public static final String ERASED_NAME = "(akun dihapus)";

	private final AccountRepository accounts;
	private final AccountTokens tokens;
	private final PasswordEncoder passwordEncoder;

	AccountErasure(AccountRepository accounts, AccountTokens tokens, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
	}

	/** Whether the password is the account's: erasure asks for it again, so an open session alone cannot erase. */
	@Transactional(readOnly = true)
	public boolean confirms(UUID accountId, String rawPassword) {
		return accounts.findById(accountId).filter(Account::isEnabled)
				.map(account -> account.toUser().getPassword())
				.filter(hash -> rawPassword.getBytes(StandardCharsets.UTF_8).length <= PasswordPolicy.MAX_BYTES
						&& passwordEncoder.matches(rawPassword, hash))
				.isPresent();
	}

	/**
	 * Erases a citizen's account. Staff accounts are disabled by their administrators instead: their names stay on
	 * the official record of what their body did.
	 */
	public void erase(UUID accountId) {
		var account = accounts.findById(accountId).orElseThrow();
		if (account.getRole() != Role.CITIZEN) {
			throw new IllegalStateException("Only a citizen's own account is erased");
		}
		tokens.revoke(accountId, Purpose.VERIFY_EMAIL);
		tokens.revoke(accountId, Purpose.RESET_PASSWORD);
		account.erase("dihapus-" + UUID.randomUUID() + "@lapor.invalid", ERASED_NAME,
				passwordEncoder.encode(UUID.randomUUID().toString()));
	}
}

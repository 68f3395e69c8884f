package id.lapor.account;

import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts: citizens register themselves; staff accounts are created for a body.
 */
@Service
@Transactional
public class AccountManagement {

	private final AccountRepository accounts;
	private final PasswordEncoder passwordEncoder;
	private final Clock clock;

	AccountManagement(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/**
	 * Creates a citizen account whose address the caller vouches for (demo data, a channel that verified it); people
	 * registering themselves go through {@link AccountRegistration}.
	 */
	public UUID registerCitizen(String email, String rawPassword, String fullName, @Nullable String phone) {

		if (accounts.existsByEmail(Account.normalize(email))) {
			throw new EmailAlreadyRegisteredException();
		}
		try {
			var account = Account.citizen(email, passwordEncoder.encode(rawPassword), fullName, phone, clock.instant());
			account.verifyEmail(clock.instant());
			return accounts.save(account).toSummary().id();
		} catch (DataIntegrityViolationException e) {
			// Two registrations with the same address at the same moment: the unique index decided.
			throw new EmailAlreadyRegisteredException();
		}
	}

	public UUID createStaff(String email, String rawPassword, String fullName, Role role, long agencyId) {

		if (accounts.existsByEmail(Account.normalize(email))) {
			throw new EmailAlreadyRegisteredException();
		}
		return accounts.save(Account.staff(email, passwordEncoder.encode(rawPassword), fullName, role, agencyId,
				clock.instant())).toSummary().id();
	}

	/**
	 * Adds a liaison officer to a body; {@code administersAgency} makes them its administrator (admin instansi).
	 */
	public UUID createLiaison(String email, String rawPassword, String fullName, long agencyId, boolean administersAgency) {
		if (accounts.existsByEmail(Account.normalize(email))) {
			throw new EmailAlreadyRegisteredException();
		}
		var account = Account.staff(email, passwordEncoder.encode(rawPassword), fullName, Role.LIAISON, agencyId,
				clock.instant());
		if (administersAgency) {
			account.grantAgencyAdministration();
		}
		return accounts.save(account).getId();
	}

	/**
	 * Disables a staff account of the given body; it can no longer log in. Accounts are never deleted, so their
	 * history keeps its names.
	 *
	 * @return the account's body
	 */
	public long disableStaff(UUID accountId, long agencyId) {
		var account = accounts.findById(accountId).filter(candidate -> Long.valueOf(agencyId).equals(candidate.getAgencyId()))
				.orElseThrow(() -> new IllegalArgumentException("No staff account " + accountId + " at body " + agencyId));
		account.disable();
		return agencyId;
	}

	@Transactional(readOnly = true)
	public boolean exists(String email) {
		return accounts.existsByEmail(Account.normalize(email));
	}
}

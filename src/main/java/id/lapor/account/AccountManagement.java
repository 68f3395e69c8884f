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

	public UUID registerCitizen(String email, String rawPassword, String fullName, @Nullable String phone) {

		if (accounts.existsByEmail(Account.normalize(email))) {
			throw new EmailAlreadyRegisteredException();
		}
		try {
			return accounts.save(Account.citizen(email, passwordEncoder.encode(rawPassword), fullName, phone,
					clock.instant())).toSummary().id();
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

	@Transactional(readOnly = true)
	public boolean exists(String email) {
		return accounts.existsByEmail(Account.normalize(email));
	}
}

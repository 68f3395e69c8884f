package id.lapor.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import id.lapor.audit.AuditAction;
import id.lapor.audit.AuditLog;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-step verification of an account: its TOTP secret (encrypted) and its one-time recovery codes. Every accepted
 * code is spent: a TOTP code by remembering its time step, a recovery code by marking it used.
 */
@Service
@Transactional
public class SecondFactors {

	static final int RECOVERY_CODES = 10;

	/** 32 letters and digits without i, l, o, u: 5 bits a character, nothing to misread. */
	private static final String RECOVERY_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
	private static final SecureRandom RANDOM = new SecureRandom();

	/** What a code typed at sign-in turned out to be. */
	public enum SignIn {
		CODE, RECOVERY_CODE, REFUSED
	}

	private final JdbcTemplate jdbc;
	private final TotpSecretCipher cipher;
	private final AuditLog audit;
	private final Clock clock;

	SecondFactors(JdbcTemplate jdbc, TotpSecretCipher cipher, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean isEnabled(UUID accountId) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from account_second_factors where account_id = ?)", Boolean.class, accountId));
	}

	/**
	 * Whether the person's role demands a second factor: the national administrator, supervisors and body
	 * administrators, except the demo accounts of the embedded database.
	 */
	@Transactional(readOnly = true)
	public boolean isRequired(LaporUser user) {
		var privileged = user.hasRole(Role.ADMIN) || user.hasRole(Role.SUPERVISOR) || user.isAgencyAdmin();
		return privileged && !Boolean.TRUE.equals(jdbc.queryForObject(
				"select second_factor_exempt from accounts where id = ?", Boolean.class, user.id()));
	}

	/** Only for the demo accounts of the embedded database. */
	void exempt(String email) {
		jdbc.update("update accounts set second_factor_exempt = true where email = ?", Account.normalize(email));
	}

	/**
	 * Turns two-step verification on with a secret the person's app has just shown a valid code for.
	 *
	 * @return the new recovery codes, to show once; empty when the code was wrong
	 */
	public Optional<List<String>> enable(LaporUser user, byte[] secret, String code) {

		var now = clock.instant();
		var step = Totp.match(secret, code, now, Long.MIN_VALUE);
		if (step.isEmpty() || isEnabled(user.id())) {
			return Optional.empty();
		}
		jdbc.update("insert into account_second_factors (account_id, secret, enabled_at, last_used_step) values (?, ?, ?, ?)",
				user.id(), cipher.encrypt(user.id(), secret), Timestamp.from(now), step.getAsLong());
		audit.record(AuditAction.SECOND_FACTOR_ENABLED, user.id(), user.email(), null);
		return Optional.of(replaceRecoveryCodes(user.id()));
	}

	/**
	 * The second step of signing in: a current TOTP code or an unused recovery code. A refused code is audited.
	 */
	public SignIn signIn(LaporUser user, String code) {

		if (spendTotpCode(user.id(), code)) {
			return SignIn.CODE;
		}
		if (spendRecoveryCode(user.id(), code)) {
			audit.record(AuditAction.RECOVERY_CODE_USED, user.id(), user.email(), null);
			return SignIn.RECOVERY_CODE;
		}
		audit.record(AuditAction.SIGN_IN_FAILED, user.id(), user.email(), "second factor");
		return SignIn.REFUSED;
	}

	/**
	 * New recovery codes (the old ones stop working), confirmed with a current TOTP code.
	 */
	public Optional<List<String>> regenerateRecoveryCodes(LaporUser user, String code) {
		return spendTotpCode(user.id(), code) ? Optional.of(replaceRecoveryCodes(user.id())) : Optional.empty();
	}

	/**
	 * Turns two-step verification off, confirmed with a current TOTP code.
	 *
	 * @return whether the code was right
	 */
	public boolean disable(LaporUser user, String code) {
		if (!spendTotpCode(user.id(), code)) {
			return false;
		}
		jdbc.update("delete from account_recovery_codes where account_id = ?", user.id());
		jdbc.update("delete from account_second_factors where account_id = ?", user.id());
		audit.record(AuditAction.SECOND_FACTOR_DISABLED, user.id(), user.email(), null);
		return true;
	}

	@Transactional(readOnly = true)
	public int unusedRecoveryCodes(UUID accountId) {
		var count = jdbc.queryForObject("select count(*) from account_recovery_codes where account_id = ? and used_at is null",
				Integer.class, accountId);
		return count == null ? 0 : count;
	}

	private boolean spendTotpCode(UUID accountId, String code) {

		// The row lock makes two requests with the same code take turns: only the first spends it.
		var stored = jdbc.query("select secret, last_used_step from account_second_factors where account_id = ? for update",
				(row, number) -> new Object[] { row.getBytes("secret"), row.getLong("last_used_step") }, accountId);
		if (stored.isEmpty()) {
			return false;
		}
		var secret = cipher.decrypt(accountId, (byte[]) stored.getFirst()[0]);
		OptionalLong step = Totp.match(secret, code, clock.instant(), (Long) stored.getFirst()[1]);
		if (step.isEmpty()) {
			return false;
		}
		jdbc.update("update account_second_factors set last_used_step = ? where account_id = ?", step.getAsLong(), accountId);
		return true;
	}

	private boolean spendRecoveryCode(UUID accountId, String code) {
		var normalized = normalizeRecoveryCode(code);
		if (normalized.length() != 10) {
			return false;
		}
		// Two requests with the same code: the second waits for the first's row lock, then finds the code used.
		return jdbc.update("update account_recovery_codes set used_at = ? where account_id = ? and code_hash = ? and used_at is null",
				Timestamp.from(clock.instant()), accountId, hash(normalized)) > 0;
	}

	private List<String> replaceRecoveryCodes(UUID accountId) {
		jdbc.update("delete from account_recovery_codes where account_id = ?", accountId);
		var now = Timestamp.from(clock.instant());
		var codes = new ArrayList<String>(RECOVERY_CODES);
		for (int i = 0; i < RECOVERY_CODES; i++) {
			var code = newRecoveryCode();
			codes.add(code);
			jdbc.update("insert into account_recovery_codes (account_id, code_hash, created_at) values (?, ?, ?)",
					accountId, hash(normalizeRecoveryCode(code)), now);
		}
		return codes;
	}

	private static String newRecoveryCode() {
		var code = new StringBuilder(11);
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
		}
		return code.toString();
	}

	private static String normalizeRecoveryCode(String code) {
		return code.toLowerCase(Locale.ROOT).replaceAll("[^0-9a-z]", "");
	}

	private static String hash(String normalizedCode) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
					.digest(normalizedCode.getBytes(StandardCharsets.US_ASCII)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}

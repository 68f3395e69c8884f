package id.lapor.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The single-use, expiring secrets behind the links that verify an address or reset a password. A token is 256
 * random bits handed out once in a link; the database keeps only its SHA-256, so neither a copy of the database nor
 * its logs let anyone use a link. Using a token marks it used in the same statement that checks it, so two clicks
 * on one link cannot both succeed.
 */
@Component
class AccountTokens {

	enum Purpose { VERIFY_EMAIL, RESET_PASSWORD }

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final Clock clock;

	AccountTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A new token for the account; earlier unused tokens of the same purpose stop working.
	 *
	 * @return the token to put in the link (never stored)
	 */
	String issue(UUID accountId, Purpose purpose, Duration validity) {
		var now = clock.instant();
		revoke(accountId, purpose);
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("""
				insert into account_tokens (token_hash, account_id, purpose, created_at, expires_at)
				values (?, ?, ?, ?, ?)""")
				.params(hash(token), accountId, purpose.name(), Timestamp.from(now), Timestamp.from(now.plus(validity)))
				.update();
		return token;
	}

	/** The account of a valid token, without using it up (to show the form it leads to). */
	Optional<UUID> peek(String token, Purpose purpose) {
		return jdbc.sql("""
				select account_id from account_tokens
				where token_hash = ? and purpose = ? and used_at is null and expires_at > ?""")
				.params(hash(token), purpose.name(), Timestamp.from(clock.instant()))
				.query(UUID.class).optional();
	}

	/** Uses the token up: its account if it was valid, unused and not expired. */
	Optional<UUID> use(String token, Purpose purpose) {
		var now = Timestamp.from(clock.instant());
		return jdbc.sql("""
				update account_tokens set used_at = ?
				where token_hash = ? and purpose = ? and used_at is null and expires_at > ?
				returning account_id""")
				.params(now, hash(token), purpose.name(), now)
				.query(UUID.class).optional();
	}

	void revoke(UUID accountId, Purpose purpose) {
		jdbc.sql("update account_tokens set used_at = ? where account_id = ? and purpose = ? and used_at is null")
				.params(Timestamp.from(clock.instant()), accountId, purpose.name()).update();
	}

	private static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}
}

package id.lapor.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLadvisoryLockBasedProxyManager;
import org.springframework.stereotype.Component;

/**
 * Rate limits per subject (a client IP address, an e-mail address) that hold across all application instances: token
 * buckets (Bucket4j) kept in PostgreSQL, table {@code rate_limit_buckets}, each read and written under a transaction
 * advisory lock on its own connection (so independent of the caller's transaction).
 * <p>
 * The subject is personal data: it is neither stored nor logged, the bucket's key is a SHA-256 hash (an HMAC with
 * {@code lapor.rate-limit.key-secret} when set) of the limit's name and the subject. A bucket expires once it would be
 * full again; {@link RateLimitPurgeJob} deletes expired buckets. Should the database fail, the exception propagates:
 * the caller decides whether to fail open or closed.
 *
 * <pre>{@code
 * var verdict = rateLimiter.tryConsume(LOGIN, email);
 * if (!verdict.allowed()) { // answer 429 with Retry-After: verdict.retryAfterSeconds()
 * }
 * }</pre>
 */
@Component
public class RateLimiter {

	/** Kept a little longer than needed to refill, so that a bucket in use is never deleted under a request. */
	private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(10);

	private final PostgreSQLadvisoryLockBasedProxyManager<String> buckets;
	private final byte[] keySecret;

	RateLimiter(DataSource dataSource, RateLimitProperties properties) {
		this.buckets = Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource)
				.primaryKeyMapper(PrimaryKeyMapper.STRING)
				.table("rate_limit_buckets")
				.idColumn("id")
				.stateColumn("state")
				.expiresAtColumn("expires_at")
				.lockColumn("lock_id")
				// The key is a hex hash already: its first 64 bits make a well spread advisory lock id.
				.lockIdSupplier(key -> Long.parseUnsignedLong(key.substring(0, 16), 16))
				.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(EXPIRY_MARGIN))
				.build();
		var secret = properties.keySecret();
		this.keySecret = secret == null || secret.isBlank() ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
	}

	/** Takes one event from the subject's bucket of this limit, if there is one left. */
	public RateLimitVerdict tryConsume(RateLimit limit, String subject) {
		var probe = buckets.builder()
				// A changed capacity or period (configuration) replaces the stored one, keeping the tokens' share.
				.withImplicitConfigurationReplacement(version(limit), TokensInheritanceStrategy.PROPORTIONALLY)
				.build(key(limit, subject), () -> configuration(limit))
				.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? RateLimitVerdict.ALLOWED
				: new RateLimitVerdict(false, Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	/** Forgets the subject's bucket of this limit (e.g. after a successful login): the next event starts afresh. */
	public void reset(RateLimit limit, String subject) {
		buckets.removeProxy(key(limit, subject));
	}

	/** Deletes up to {@code batchSize} expired buckets; answers how many. */
	int purgeExpired(int batchSize) {
		return buckets.removeExpired(batchSize);
	}

	/** The stored key: hex SHA-256 (or HMAC-SHA-256) of {@code name + ":" + subject}; never the subject itself. */
	String key(RateLimit limit, String subject) {
		var input = (limit.name() + ":" + subject).getBytes(StandardCharsets.UTF_8);
		try {
			if (keySecret.length == 0) {
				return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input));
			}
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(keySecret, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(input));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	private static BucketConfiguration configuration(RateLimit limit) {
		return BucketConfiguration.builder()
				.addLimit(bandwidth -> bandwidth.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
				.build();
	}

	/** Bucket4j wants a number that grows when the configuration changes; any different number will do here. */
	private static long version(RateLimit limit) {
		return Integer.toUnsignedLong(Objects.hash(limit.capacity(), limit.period()));
	}
}

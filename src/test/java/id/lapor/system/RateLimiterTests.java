package id.lapor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import id.lapor.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class RateLimiterTests {

	@Autowired RateLimiter rateLimiter;
	@Autowired JdbcTemplate jdbc;

	/** Each test its own limit name, so that tests sharing the database never share a bucket. */
	private static RateLimit threePerHour() {
		return new RateLimit("test-" + UUID.randomUUID(), 3, Duration.ofHours(1));
	}

	@Test
	void refusesOnceTheCapacityIsUsedUpAndSaysWhenToComeBack() {

		var limit = threePerHour();
		for (int i = 0; i < 3; i++) {
			assertThat(rateLimiter.tryConsume(limit, "203.0.113.7").allowed()).isTrue();
		}

		var refused = rateLimiter.tryConsume(limit, "203.0.113.7");
		assertThat(refused.allowed()).isFalse();
		// One event comes back every 20 minutes.
		assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(20));
		assertThat(refused.retryAfterSeconds()).isBetween(1L, 20 * 60L);
	}

	@Test
	void subjectsAndLimitsHaveTheirOwnBuckets() {

		var limit = threePerHour();
		var other = threePerHour();
		for (int i = 0; i < 3; i++) {
			rateLimiter.tryConsume(limit, "203.0.113.8");
		}

		assertThat(rateLimiter.tryConsume(limit, "203.0.113.8").allowed()).isFalse();
		assertThat(rateLimiter.tryConsume(limit, "203.0.113.9").allowed()).isTrue();
		assertThat(rateLimiter.tryConsume(other, "203.0.113.8").allowed()).isTrue();
	}

	@Test
	void resetForgetsTheBucket() {

		var limit = threePerHour();
		for (int i = 0; i < 4; i++) {
			rateLimiter.tryConsume(limit, "warga@example.org");
		}
		assertThat(rateLimiter.tryConsume(limit, "warga@example.org").allowed()).isFalse();

		rateLimiter.reset(limit, "warga@example.org");

		assertThat(rateLimiter.tryConsume(limit, "warga@example.org").allowed()).isTrue();
	}

	@Test
	void storesNeitherTheSubjectNorTheLimitNameInClear() {

		var limit = threePerHour();
		rateLimiter.tryConsume(limit, "rahasia.pelapor@example.org");
		var key = rateLimiter.key(limit, "rahasia.pelapor@example.org");

		var rows = jdbc.queryForList("select id, state from rate_limit_buckets where id = ?", key);
		assertThat(rows).hasSize(1);
		assertThat(key).matches("[0-9a-f]{64}").doesNotContain("rahasia");
		assertThat(new String((byte[]) rows.getFirst().get("state"), StandardCharsets.ISO_8859_1))
				.doesNotContain("rahasia").doesNotContain(limit.name());
		assertThat(jdbc.queryForObject("select count(*) from rate_limit_buckets where id like '%rahasia%'",
				Long.class)).isZero();
	}

	@Test
	void theBucketExpiresWhenItWouldBeFullAgainAndIsThenPurged() {

		var limit = threePerHour();
		rateLimiter.tryConsume(limit, "203.0.113.10");
		var key = rateLimiter.key(limit, "203.0.113.10");
		var expiresAt = jdbc.queryForObject("select expires_at from rate_limit_buckets where id = ?", Long.class, key);
		assertThat(expiresAt).isNotNull().isGreaterThan(System.currentTimeMillis());

		jdbc.update("update rate_limit_buckets set expires_at = 0 where id = ?", key);
		new RateLimitPurgeJob(rateLimiter, new RateLimitProperties(RateLimitProperties.Rate.valueOf("1 per minute"),
				null, 10)).purgeExpired();

		assertThat(jdbc.queryForObject("select count(*) from rate_limit_buckets where id = ?", Long.class, key)).isZero();
	}

	@Test
	void ratesReadAsTheyAreWritten() {

		assertThat(RateLimitProperties.Rate.valueOf("60 per minute"))
				.isEqualTo(new RateLimitProperties.Rate(60, Duration.ofMinutes(1)));
		assertThat(RateLimitProperties.Rate.valueOf("5 per 15m"))
				.isEqualTo(new RateLimitProperties.Rate(5, Duration.ofMinutes(15)));
		assertThat(RateLimitProperties.Rate.valueOf("100/hour"))
				.isEqualTo(new RateLimitProperties.Rate(100, Duration.ofHours(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> RateLimitProperties.Rate.valueOf("banyak"));
		assertThatIllegalArgumentException().isThrownBy(() -> new RateLimit("x", 0, Duration.ofMinutes(1)));
	}
}

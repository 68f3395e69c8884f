package id.lapor.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the rate limiter's expired buckets (full again, so they say nothing a new bucket would not): without it the
 * table would keep a row per IP address or e-mail address ever seen. Instances may run it at the same time: a bucket
 * in use is skipped (its advisory lock is held), so no scheduler lock is needed.
 */
@Component
class RateLimitPurgeJob {

	private static final Logger LOG = LoggerFactory.getLogger(RateLimitPurgeJob.class);

	private final RateLimiter rateLimiter;
	private final RateLimitProperties properties;

	RateLimitPurgeJob(RateLimiter rateLimiter, RateLimitProperties properties) {
		this.rateLimiter = rateLimiter;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${lapor.rate-limit.purge-interval:PT10M}", initialDelayString = "PT3M")
	void purgeExpired() {
		int removed;
		int total = 0;
		do {
			removed = rateLimiter.purgeExpired(properties.purgeBatch());
			total += removed;
		} while (removed == properties.purgeBatch());
		if (total > 0) {
			LOG.debug("Deleted {} expired rate limit buckets", total);
		}
	}
}

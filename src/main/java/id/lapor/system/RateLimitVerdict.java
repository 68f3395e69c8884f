package id.lapor.system;

import java.time.Duration;

/**
 * The answer of the {@link RateLimiter}: allowed, or refused with the time until one more event is allowed
 * ({@link Duration#ZERO} when allowed).
 */
public record RateLimitVerdict(boolean allowed, Duration retryAfter) {

	static final RateLimitVerdict ALLOWED = new RateLimitVerdict(true, Duration.ZERO);

	/** For a {@code Retry-After} header: whole seconds, rounded up, at least 1. */
	public long retryAfterSeconds() {
		var seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
		return Math.max(1, seconds);
	}
}

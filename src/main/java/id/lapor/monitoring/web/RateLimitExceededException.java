package id.lapor.monitoring.web;

import id.lapor.system.RateLimitVerdict;

/** An anonymous caller asked for statistics more often than {@code lapor.rate-limit.public-statistics}: 429. */
class RateLimitExceededException extends RuntimeException {

	final RateLimitVerdict verdict;

	RateLimitExceededException(RateLimitVerdict verdict) {
		super("rate limit exceeded");
		this.verdict = verdict;
	}
}

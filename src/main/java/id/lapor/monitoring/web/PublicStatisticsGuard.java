package id.lapor.monitoring.web;

import java.util.Locale;

import id.lapor.system.RateLimit;
import id.lapor.system.RateLimitProperties;
import id.lapor.system.RateLimiter;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/**
 * What the statistics give anonymous callers: a limited number of requests per client IP address (the address the
 * proxy saw, {@code server.forward-headers-strategy=native}), and only Indonesian or English names, so that no
 * parameter makes an unbounded number of cache entries.
 */
@Component
class PublicStatisticsGuard {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final RateLimiter rateLimiter;
	private final RateLimit limit;

	PublicStatisticsGuard(RateLimiter rateLimiter, RateLimitProperties properties) {
		this.rateLimiter = rateLimiter;
		this.limit = properties.publicStatistics().limit("public-statistics");
	}

	/** Counts the request against the caller's address; throws {@link RateLimitExceededException} when over. */
	void admit(HttpServletRequest request) {
		var verdict = rateLimiter.tryConsume(limit, request.getRemoteAddr());
		if (!verdict.allowed()) {
			throw new RateLimitExceededException(verdict);
		}
	}

	/** English for English, Indonesian for everything else (as the message bundles do). */
	static Locale supported(Locale locale) {
		return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : INDONESIAN;
	}
}

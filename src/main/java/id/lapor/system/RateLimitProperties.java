package id.lapor.system;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationStyle;

/**
 * The rate limits ({@code lapor.rate-limit.*}, docs/security.md), each written as {@code <n> per <period>}, the
 * period a unit ({@code second}, {@code minute}, {@code hour}, {@code day}) or a duration ({@code 10m}, {@code PT10M}).
 *
 * @param publicStatistics requests per client IP address to the public statistics (page and API) of anonymous
 * callers
 * @param keySecret optional secret (from the environment, e.g. {@code LAPOR_RATE_LIMIT_KEY_SECRET}) with which the
 * bucket keys are HMACs instead of plain SHA-256 hashes, so that a copy of the table does not let anyone test which
 * IP addresses or e-mail addresses are in it; the same on all instances
 * @param purgeBatch how many expired buckets the purge job deletes per statement
 */
@ConfigurationProperties("lapor.rate-limit")
public record RateLimitProperties(@DefaultValue("60 per minute") Rate publicStatistics, @Nullable String keySecret,
		@DefaultValue("1000") int purgeBatch) {

	/** At most {@code capacity} events per {@code period}. */
	public record Rate(long capacity, Duration period) {

		private static final Pattern FORMAT = Pattern.compile("(\\d+)\\s*(?:per|/)\\s*(\\S+)");

		/** Parses {@code 60 per minute}, {@code 5 per 15m}, {@code 100/hour}. */
		public static Rate valueOf(String text) {
			var matcher = FORMAT.matcher(text.strip().toLowerCase(Locale.ROOT));
			if (!matcher.matches()) {
				throw new IllegalArgumentException("not a rate (like '60 per minute'): " + text);
			}
			var period = switch (matcher.group(2)) {
				case "second" -> Duration.ofSeconds(1);
				case "minute" -> Duration.ofMinutes(1);
				case "hour" -> Duration.ofHours(1);
				case "day" -> Duration.ofDays(1);
				default -> DurationStyle.detectAndParse(matcher.group(2));
			};
			return new Rate(Long.parseLong(matcher.group(1)), period);
		}

		/** This rate as the limit of the given name. */
		public RateLimit limit(String name) {
			return new RateLimit(name, capacity, period);
		}
	}
}

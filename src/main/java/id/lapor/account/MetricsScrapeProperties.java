package id.lapor.account;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The account Prometheus scrapes {@code /actuator/prometheus} with (HTTP Basic, user {@code prometheus}); unset, only
 * the national administrator reads the metrics.
 *
 * @param scrapePassword from the environment ({@code LAPOR_METRICS_SCRAPE_PASSWORD}), never from the repository
 */
@ConfigurationProperties("lapor.metrics")
record MetricsScrapeProperties(@Nullable String scrapePassword) {

	static final String USER = "prometheus";

	boolean configured() {
		return scrapePassword != null && !scrapePassword.isBlank();
	}
}

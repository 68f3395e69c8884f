package id.lapor.monitoring;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the statistics (docs/monitoring.md, docs/security.md).
 *
 * @param publicCache how long the answers to anonymous callers (page {@code /statistik} and API) are reused, and the
 * {@code max-age} they are sent with; 0 turns the cache off
 * @param publicCacheEntries at most this many different anonymous answers are kept (least recently used go first)
 * @param statementTimeout every statistics query is cancelled by PostgreSQL after this long; the caller gets 503
 */
@ConfigurationProperties("lapor.statistics")
public record StatisticsProperties(@DefaultValue("60s") Duration publicCache, @DefaultValue("500") int publicCacheEntries,
		@DefaultValue("30s") Duration statementTimeout) {
}

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
 * @param sharedCache how long the figures of signed-in callers (dashboard, ranking, API) are shared between requests
 * with the same filter and scope ({@link SharedFigures}); at most the 60 s the pages allow, 0 turns it off
 * @param sharedCacheEntries at most this many different answers are kept
 */
@ConfigurationProperties("lapor.statistics")
public record StatisticsProperties(@DefaultValue("60s") Duration publicCache, @DefaultValue("500") int publicCacheEntries,
		@DefaultValue("30s") Duration statementTimeout, @DefaultValue("60s") Duration sharedCache,
		@DefaultValue("1000") int sharedCacheEntries) {

	public StatisticsProperties {
		if (sharedCache.compareTo(Duration.ofSeconds(60)) > 0) {
			throw new IllegalArgumentException("lapor.statistics.shared-cache may be at most 60s (the staleness the "
					+ "pages allow), not " + sharedCache);
		}
	}
}

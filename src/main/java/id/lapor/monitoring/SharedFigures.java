package id.lapor.monitoring;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.support.NoOpCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Dashboards, ranking and statistics API: the same figures for the same filter are computed once and shared for
 * {@code lapor.statistics.shared-cache} (at most the minute the pages already allow), and the pages say as of when.
 * The key is the whole {@link id.lapor.statistics.Filter}, which holds the asker's scope (a liaison's bodies), so
 * nobody gets figures of a scope they do not have. Per instance: with several instances each computes once a minute,
 * which the bounded staleness allows (docs/monitoring.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class SharedFigures {

	static final String CACHE = "statistics";

	@Bean
	CacheManager statisticsCacheManager(StatisticsProperties properties) {
		if (properties.sharedCache().isZero() || properties.sharedCache().isNegative()) {
			return new NoOpCacheManager();
		}
		var manager = new CaffeineCacheManager(CACHE);
		// Bounded: the keys come from request parameters, which any supervisor can vary.
		manager.setCaffeine(Caffeine.newBuilder().maximumSize(properties.sharedCacheEntries())
				.expireAfterWrite(properties.sharedCache()).recordStats());
		manager.setAllowNullValues(false);
		return manager;
	}
}

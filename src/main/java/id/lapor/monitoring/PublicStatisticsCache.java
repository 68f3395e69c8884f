package id.lapor.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The answers given to anonymous callers, reused for {@code lapor.statistics.public-cache}, so that a crowd of
 * visitors costs one count per minute. Bounded ({@code lapor.statistics.public-cache-entries}): the keys come from
 * request parameters, which anyone can vary. Per instance; that is enough for a minute. Caffeine, as the shared
 * figures of the dashboards ({@link SharedFigures}), timed by the application's clock.
 */
@Component
public class PublicStatisticsCache {

	private final @Nullable Cache<String, Object> entries;

	PublicStatisticsCache(StatisticsProperties properties, Clock clock) {
		var period = properties.publicCache();
		this.entries = period.isZero() || period.isNegative() ? null : Caffeine.newBuilder()
				.maximumSize(properties.publicCacheEntries())
				.expireAfterWrite(period)
				.ticker(() -> {
					Instant now = clock.instant();
					return now.getEpochSecond() * 1_000_000_000L + now.getNano();
				})
				// Evictions happen in the calling thread: the bound holds at once, not after a background task.
				.executor(Runnable::run)
				.build();
	}

	/** The cached value of the key if still fresh, else the newly computed one (once for callers of the same key). */
	@SuppressWarnings("unchecked")
	public <T> T get(String key, Supplier<T> compute) {
		return entries == null ? compute.get() : (T) entries.get(key, ignored -> compute.get());
	}

	long size() {
		if (entries == null) {
			return 0;
		}
		entries.cleanUp();
		return entries.estimatedSize();
	}
}

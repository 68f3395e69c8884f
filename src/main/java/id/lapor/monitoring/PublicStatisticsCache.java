package id.lapor.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The answers given to anonymous callers, reused for {@code lapor.statistics.public-cache}, so that a crowd of
 * visitors costs one count per minute. Bounded ({@code lapor.statistics.public-cache-entries}, least recently used
 * go first): the keys come from request parameters, which anyone can vary. Per instance; that is enough for a minute.
 */
@Component
public class PublicStatisticsCache {

	private record Cached(Instant computedAt, Object value) {}

	private final StatisticsProperties properties;
	private final Clock clock;
	private final Map<String, Cached> entries;

	PublicStatisticsCache(StatisticsProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.entries = new LinkedHashMap<>(64, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
				return size() > properties.publicCacheEntries();
			}
		};
	}

	/** The cached value of the key if still fresh, else the newly computed one (computed outside the lock). */
	@SuppressWarnings("unchecked")
	public <T> T get(String key, Supplier<T> compute) {
		if (properties.publicCache().isZero() || properties.publicCache().isNegative()) {
			return compute.get();
		}
		var now = clock.instant();
		synchronized (entries) {
			var entry = entries.get(key);
			if (entry != null && entry.computedAt().plus(properties.publicCache()).isAfter(now)) {
				return (T) entry.value();
			}
		}
		var value = compute.get();
		synchronized (entries) {
			entries.put(key, new Cached(now, value));
		}
		return value;
	}

	int size() {
		synchronized (entries) {
			return entries.size();
		}
	}
}

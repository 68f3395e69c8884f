package id.lapor.system;

import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value read from the database for metrics, read again at most once per {@code maxAge} however often Prometheus
 * scrapes and however many gauges ask; nothing is read while nobody scrapes. When a read fails the previous value
 * stays (the scrape must not fail with the database) and the next scrape after {@code maxAge} tries again.
 *
 * @param <T> the snapshot, a record of the figures read together
 */
public final class CachedSnapshot<T> {

	private static final Logger log = LoggerFactory.getLogger(CachedSnapshot.class);

	private final Supplier<T> reader;
	private final long maxAgeNanos;
	private final ReentrantLock lock = new ReentrantLock();
	private volatile @Nullable T value;
	private volatile long readAt;
	private volatile boolean read;

	public CachedSnapshot(Duration maxAge, Supplier<T> reader) {
		this.reader = reader;
		this.maxAgeNanos = maxAge.toNanos();
	}

	/** The latest snapshot, read now if the last read is older than the maximum age; {@code null} until one read worked. */
	public @Nullable T get() {
		if (!read || System.nanoTime() - readAt >= maxAgeNanos) {
			// One reader at a time; the gauges asking meanwhile get the previous value rather than queue on the database.
			if (lock.tryLock()) {
				try {
					if (!read || System.nanoTime() - readAt >= maxAgeNanos) {
						refresh();
					}
				}
				finally {
					lock.unlock();
				}
			}
		}
		return value;
	}

	private void refresh() {
		try {
			value = reader.get();
		}
		catch (RuntimeException e) {
			log.warn("Metrics snapshot not read, keeping the previous one: {}", e.toString());
		}
		readAt = System.nanoTime();
		read = true;
	}
}

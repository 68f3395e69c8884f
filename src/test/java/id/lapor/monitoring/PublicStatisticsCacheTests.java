package id.lapor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class PublicStatisticsCacheTests {

	@Test
	void keepsAFreshAnswerAndABoundedNumberOfKeys() {

		var properties = new StatisticsProperties(Duration.ofMinutes(1), 3, Duration.ofSeconds(30), Duration.ZERO, 1000);
		var cache = new PublicStatisticsCache(properties, Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"),
				ZoneOffset.UTC));
		var computed = new AtomicInteger();

		cache.get("page|id|", computed::incrementAndGet);
		cache.get("page|id|", computed::incrementAndGet);
		assertThat(computed).hasValue(1);

		for (int i = 0; i < 100; i++) {
			cache.get("page|xx-" + i + "|", computed::incrementAndGet);
		}
		assertThat(cache.size()).isEqualTo(3);
	}

	@Test
	void computesAfreshOnceTheAnswerIsOld() {

		var now = new AtomicReference<>(Instant.parse("2026-12-05T10:00:00Z"));
		var clock = new Clock() {
			@Override
			public ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return now.get();
			}
		};
		var cache = new PublicStatisticsCache(new StatisticsProperties(Duration.ofMinutes(1), 10, Duration.ofSeconds(30), Duration.ZERO, 1000),
				clock);
		var computed = new AtomicInteger();

		cache.get("k", computed::incrementAndGet);
		now.set(now.get().plusSeconds(59));
		cache.get("k", computed::incrementAndGet);
		assertThat(computed).hasValue(1);
		now.set(now.get().plusSeconds(2));
		cache.get("k", computed::incrementAndGet);
		assertThat(computed).hasValue(2);
	}

	@Test
	void aZeroPeriodCachesNothing() {

		var cache = new PublicStatisticsCache(new StatisticsProperties(Duration.ZERO, 10, Duration.ofSeconds(30), Duration.ZERO, 1000),
				Clock.systemUTC());
		var computed = new AtomicInteger();
		cache.get("k", computed::incrementAndGet);
		cache.get("k", computed::incrementAndGet);
		assertThat(computed).hasValue(2);
		assertThat(cache.size()).isZero();
	}
}

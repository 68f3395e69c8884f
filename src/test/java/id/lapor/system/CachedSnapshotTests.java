package id.lapor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class CachedSnapshotTests {

	@Test
	void readsOnceWithinTheMaximumAge() {
		var reads = new AtomicInteger();
		var snapshot = new CachedSnapshot<>(Duration.ofMinutes(1), reads::incrementAndGet);

		assertThat(snapshot.get()).isEqualTo(1);
		assertThat(snapshot.get()).isEqualTo(1);
		assertThat(reads).hasValue(1);
	}

	@Test
	void readsAgainWhenOlderAndKeepsThePreviousValueWhenAReadFails() {
		var reads = new AtomicInteger();
		var snapshot = new CachedSnapshot<>(Duration.ZERO, () -> {
			if (reads.incrementAndGet() == 2) {
				throw new IllegalStateException("database down");
			}
			return reads.get();
		});

		assertThat(snapshot.get()).isEqualTo(1);
		assertThat(snapshot.get()).isEqualTo(1);
		assertThat(snapshot.get()).isEqualTo(3);
	}

	@Test
	void isEmptyUntilAReadWorked() {
		var snapshot = new CachedSnapshot<Integer>(Duration.ofMinutes(1), () -> {
			throw new IllegalStateException("database down");
		});

		assertThat(snapshot.get()).isNull();
	}
}

package id.lapor.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class HashingThreadsTests {

	@Test
	void hashesOnAPlatformThreadOfItsOwnWhenCalledFromAVirtualThread() throws Exception {
		var hashedOn = new AtomicReference<Thread>();
		var recording = new PasswordEncoder() {

			@Override
			public String encode(@Nullable CharSequence rawPassword) {
				hashedOn.set(Thread.currentThread());
				return "hash";
			}

			@Override
			public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
				hashedOn.set(Thread.currentThread());
				return "hash".equals(encodedPassword);
			}
		};
		try (var hashing = new HashingThreads(recording, 2, 10);
				var requests = Executors.newVirtualThreadPerTaskExecutor()) {

			assertThat(requests.submit(() -> hashing.matches("secret", "hash")).get()).isTrue();
			assertThat(hashedOn.get().isVirtual()).isFalse();
			assertThat(hashedOn.get().getName()).startsWith("password-hashing-");

			hashedOn.set(null);
			assertThat(requests.submit(() -> hashing.encode("secret")).get()).isEqualTo("hash");
			assertThat(hashedOn.get().isVirtual()).isFalse();
		}
	}

	@Test
	void checksRealPasswordsLikeItsDelegate() {
		try (var hashing = new HashingThreads(PasswordEncoderFactories.createDelegatingPasswordEncoder(), 1, 10)) {
			var hash = hashing.encode("kata-sandi-rahasia");

			assertThat(hash).startsWith("{bcrypt}");
			assertThat(hashing.matches("kata-sandi-rahasia", hash)).isTrue();
			assertThat(hashing.matches("kata-sandi-salah", hash)).isFalse();
		}
	}

	@Test
	void refusesAtOnceWhenTooManyHashesWait() throws Exception {
		var started = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		var blocking = new PasswordEncoder() {

			@Override
			public String encode(@Nullable CharSequence rawPassword) {
				return "hash";
			}

			@Override
			public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
				started.countDown();
				try {
					release.await();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				return true;
			}
		};
		try (var hashing = new HashingThreads(blocking, 1, 1);
				var requests = Executors.newVirtualThreadPerTaskExecutor()) {
			var running = requests.submit(() -> hashing.matches("a", "hash"));
			assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
			var waiting = requests.submit(() -> hashing.matches("b", "hash"));
			// The one thread is busy and the queue of one will hold the second: wait until it does.
			while (hashing.waiting() < 1) {
				Thread.onSpinWait();
			}

			assertThatThrownBy(() -> hashing.matches("c", "hash"))
					.isInstanceOf(InternalAuthenticationServiceException.class);

			release.countDown();
			assertThat(running.get()).isTrue();
			assertThat(waiting.get()).isTrue();
		}
	}
}

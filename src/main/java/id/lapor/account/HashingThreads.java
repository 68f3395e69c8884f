package id.lapor.account;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing (BCrypt: tens of milliseconds of CPU each) on one platform thread per core of its own, never on the
 * request's thread.
 * <p>
 * A burst of sign-ins (every officer at 07:30, or 50 at once in the load test) otherwise takes every core for seconds,
 * and requests that hold a database connection (a rate-limit bucket, a session being saved) cannot go on: under load,
 * 12 of 50 simultaneous sign-ins failed after waiting 5 s for a connection (docs/performance.md). Here at most
 * {@code threads} hashes run at once, the request waits without using a core, and beyond {@code queue} waiting hashes
 * a sign-in fails at once (the login page says so) rather than queueing for minutes.
 */
final class HashingThreads implements PasswordEncoder, AutoCloseable {

	private final PasswordEncoder delegate;
	private final ThreadPoolExecutor executor;

	HashingThreads(PasswordEncoder delegate, int threads, int queue) {
		this.delegate = delegate;
		this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
				new ArrayBlockingQueue<>(queue), Thread.ofPlatform().name("password-hashing-", 1).daemon().factory());
	}

	@Override
	public @Nullable String encode(@Nullable CharSequence rawPassword) {
		return run(() -> delegate.encode(rawPassword));
	}

	@Override
	public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
		return run(() -> delegate.matches(rawPassword, encodedPassword));
	}

	@Override
	public boolean upgradeEncoding(@Nullable String encodedPassword) {
		return delegate.upgradeEncoding(encodedPassword);
	}

	/** Hashes waiting for a thread. */
	int waiting() {
		return executor.getQueue().size();
	}

	@Override
	public void close() {
		executor.shutdownNow();
	}

	private <T> T run(Callable<T> hashing) {
		var task = submit(hashing);
		try {
			return task.get();
		} catch (InterruptedException e) {
			task.cancel(true);
			Thread.currentThread().interrupt();
			throw new InternalAuthenticationServiceException("Interrupted while a password was hashed", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	private <T> Future<T> submit(Callable<T> hashing) {
		try {
			return executor.submit(hashing);
		} catch (RejectedExecutionException e) {
			throw new InternalAuthenticationServiceException("Too many passwords are being checked at once", e);
		}
	}
}

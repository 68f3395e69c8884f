package id.lapor.system;

import java.time.Duration;

/**
 * A limit: at most {@code capacity} events, refilled greedily over {@code period} (one event back every
 * {@code period / capacity}), per subject. The name keeps the buckets of different limits apart, so it must be
 * unique and stable (it is part of the stored key); changing capacity or period applies to existing buckets too.
 */
public record RateLimit(String name, long capacity, Duration period) {

	public RateLimit {
		if (name.isBlank() || capacity < 1 || period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("a rate limit needs a name, a capacity of at least 1 and a period");
		}
	}
}

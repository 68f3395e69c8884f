package id.lapor.benchmark;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the synthetic data generator (profile {@code generate}).
 *
 * @param enabled must be {@code true} as well as the profile being active: filling a database is never an accident
 * @param reports how many reports to add
 * @param seed the same seed on the same catalogue, as of the same instant, gives the same data
 * @param asOf the instant the ten years end at and the timelines are cut off; unset: now
 * @param citizens how many synthetic citizens send the reports (reused across reports)
 * @param password the password of every synthetic account (the benchmark logs in with it)
 * @param batchSize reports per transaction
 */
@ConfigurationProperties("lapor.generator")
record GeneratorProperties(
		@DefaultValue("false") boolean enabled,
		@DefaultValue("1000000") int reports,
		@DefaultValue("20250601") long seed,
		@DefaultValue("5000") int citizens,
		@DefaultValue("lapor-synthetic") String password,
		@DefaultValue("10000") int batchSize,
		@Nullable Instant asOf) {
}

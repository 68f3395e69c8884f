package id.lapor.benchmark;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the benchmark (profile {@code benchmark}).
 *
 * @param enabled must be {@code true} as well as the profile being active
 * @param warmups unmeasured calls before measuring each page or query
 * @param requests measured calls of each page or query
 * @param budget a page slower than this in total is measured fewer times (the table says how many)
 * @param password the password of the synthetic accounts ({@code lapor.generator.password})
 * @param output the Markdown report; text below its notes marker is kept across runs
 */
@ConfigurationProperties("lapor.benchmark")
record BenchmarkProperties(
		@DefaultValue("false") boolean enabled,
		@DefaultValue("5") int warmups,
		@DefaultValue("30") int requests,
		@DefaultValue("PT3M") Duration budget,
		@DefaultValue("lapor-synthetic") String password,
		@DefaultValue("docs/performance.md") Path output) {
}

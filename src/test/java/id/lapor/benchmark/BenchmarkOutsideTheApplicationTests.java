package id.lapor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;

import id.lapor.LaporApplication;

import org.junit.jupiter.api.Test;

/**
 * The generator and the benchmark are tools: they come from src/benchmark, never from the classes that go into the
 * production jar (ModularityTests: nor is it a module of the application).
 */
class BenchmarkOutsideTheApplicationTests {

	@Test
	void theApplicationsClassesHoldNoBenchmark() throws Exception {

		var application = location(LaporApplication.class);
		assertThat(location(SyntheticDataGenerator.class)).isNotEqualTo(application);

		// Sees only what the jar is packed from (target/classes), not the test classpath.
		try (var applicationOnly = new URLClassLoader(new URL[] { application }, null)) {
			assertThat(applicationOnly.getResource(LaporApplication.class.getName().replace('.', '/') + ".class"))
					.isNotNull();
			assertThat(applicationOnly.getResource("id/lapor/benchmark/")).isNull();
			assertThat(applicationOnly.getResource("id/lapor/benchmark/SyntheticDataGenerator.class")).isNull();
			assertThat(applicationOnly.getResource("application-generate.properties")).isNull();
			assertThat(applicationOnly.getResource("application-benchmark.properties")).isNull();
		}
	}

	private static URL location(Class<?> type) {
		return type.getProtectionDomain().getCodeSource().getLocation();
	}
}

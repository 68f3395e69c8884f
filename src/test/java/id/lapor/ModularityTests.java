package id.lapor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(LaporApplication.class);

	@Test
	void modulesOnlyUseEachOthersApi() {
		modules.verify();
	}

	@Test
	void theBenchmarkIsNoModule() {
		// A tool in src/benchmark, compiled with the tests (which Modulith leaves out), not part of the application.
		assertThat(modules.getModuleByName("benchmark")).isEmpty();
	}
}

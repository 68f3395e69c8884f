package id.lapor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module documentation with Spring Modulith's {@link Documenter} into {@code target/spring-modulith-docs}:
 * the diagram of all modules ({@code components.puml}), one per module with the modules it uses
 * ({@code module-<name>.puml}) and the module canvases ({@code module-<name>.adoc}: beans, events published and
 * listened to). The diagrams are committed in {@code docs/modules/}, which {@code docs/architecture.md} points to;
 * this test fails when they no longer say what the code says. Lines are compared in any order: the Documenter does not
 * keep one.
 */
class ModuleDocumentationTests {

	private static final Path WRITTEN = Path.of("target", "spring-modulith-docs");
	private static final Path COMMITTED = Path.of("docs", "modules");
	private static final String UPDATE = "docs/modules/ is out of date; after checking the change, update it with:"
			+ " rm -f docs/modules/*.puml && cp target/spring-modulith-docs/*.puml docs/modules/";

	@Test
	void theCommittedModuleDiagramsAreCurrent() throws IOException {

		new Documenter(ApplicationModules.of(LaporApplication.class),
				Documenter.Options.defaults().withOutputFolder(WRITTEN.toString()))
				.writeModulesAsPlantUml()
				.writeIndividualModulesAsPlantUml()
				.writeModuleCanvases();

		var written = diagrams(WRITTEN);
		var committed = diagrams(COMMITTED);
		assertThat(written).containsKey("components.puml");
		assertThat(committed.keySet()).as(UPDATE).containsExactlyInAnyOrderElementsOf(written.keySet());
		written.forEach((name, lines) -> assertThat(committed.get(name)).as("%s: %s", name, UPDATE)
				.containsExactlyInAnyOrderElementsOf(lines));
	}

	private static Map<String, List<String>> diagrams(Path folder) throws IOException {
		var diagrams = new TreeMap<String, List<String>>();
		try (Stream<Path> files = Files.list(folder)) {
			for (var file : files.filter(file -> file.toString().endsWith(".puml")).toList()) {
				diagrams.put(file.getFileName().toString(), Files.readAllLines(file));
			}
		}
		return diagrams;
	}
}

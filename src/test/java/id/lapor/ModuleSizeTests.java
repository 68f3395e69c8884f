package id.lapor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * No module becomes the kitchen again: none holds more than a quarter of the main code, counted in lines of
 * {@code src/main/java}.
 */
class ModuleSizeTests {

	private static final Path MAIN = Path.of("src/main/java/id/lapor");

	@Test
	void noModuleHoldsMoreThanAQuarterOfTheCode() throws IOException {

		Map<String, Long> lines;
		try (var files = Files.walk(MAIN)) {
			lines = files.filter(file -> file.toString().endsWith(".java") && file.getParent() != null
					&& !file.getParent().equals(MAIN))
					.collect(Collectors.groupingBy(file -> MAIN.relativize(file).getName(0).toString(),
							Collectors.summingLong(ModuleSizeTests::lines)));
		}
		var total = lines.values().stream().mapToLong(Long::longValue).sum();

		assertThat(lines).hasSizeGreaterThan(10).allSatisfy((module, count) ->
				assertThat(count).as("lines of module %s (of %d)", module, total).isLessThanOrEqualTo(total / 4));
	}

	private static long lines(Path file) {
		try (var content = Files.lines(file)) {
			return content.count();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

package id.lapor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every table is read or written in SQL by the module that owns it, or by a read model declared as such. The owners
 * are the data model table of docs/architecture.md, so the documentation and the code cannot drift apart.
 */
class TableOwnershipTests {

	private static final Path MAIN = Path.of("src/main/java/id/lapor");
	private static final Pattern OWNER_ROW = Pattern.compile("^\\| (`[a-z_]+`(?:, `[a-z_]+`)*) \\| ([a-z]+) \\|");
	private static final Pattern TABLE_USE = Pattern.compile(
			"\\b(?:from|join|update|into|table)\\s+([a-z_]+)\\b", Pattern.CASE_INSENSITIVE);

	/** The declared read models (docs/architecture.md, "Read models", and the modules' package javadoc). */
	private static final Map<String, Set<String>> READ_MODELS = Map.of(
			"statistics", Set.of("reports", "report_history", "report_responses", "report_programmes", "categories",
					"agencies", "regions", "accounts"),
			"programme", Set.of("reports", "categories"));

	@Test
	void everyModuleUsesOnlyItsOwnTablesAndItsDeclaredReadModel() throws IOException {

		var owners = owners();
		assertThat(owners).containsEntry("reports", "report").containsEntry("accounts", "account")
				.containsEntry("report_rollup", "statistics");

		var violations = new ArrayList<String>();
		try (var files = Files.walk(MAIN)) {
			for (var file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
				var relative = MAIN.relativize(file);
				if (relative.getNameCount() < 2) {
					continue;
				}
				var module = relative.getName(0).toString();
				var matcher = TABLE_USE.matcher(Files.readString(file));
				while (matcher.find()) {
					var table = matcher.group(1).toLowerCase();
					var owner = owners.get(table);
					if (owner != null && !owner.equals(module)
							&& !READ_MODELS.getOrDefault(module, Set.of()).contains(table)) {
						violations.add(relative + " uses " + table + " of " + owner);
					}
				}
			}
		}
		assertThat(violations).isEmpty();
	}

	/** Table → module, from the data model table of docs/architecture.md. */
	private static Map<String, String> owners() throws IOException {
		var owners = new HashMap<String, String>();
		List<String> lines = Files.readAllLines(Path.of("docs/architecture.md"));
		for (var line : lines) {
			var row = OWNER_ROW.matcher(line);
			if (row.find()) {
				for (var table : row.group(1).split(", ")) {
					owners.put(table.replace("`", ""), row.group(2));
				}
			}
		}
		return owners;
	}
}

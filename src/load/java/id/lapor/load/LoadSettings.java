package id.lapor.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a load run is pointed at, from the system properties the {@code load} profile passes (pom.xml).
 *
 * @param baseUrls the running application, or its instances (each virtual user keeps to one, in turn)
 * @param users concurrent virtual users
 * @param duration how long each user keeps going after signing in
 * @param jdbcUrl the application's database, for the test accounts and the raw-insert comparison
 * @param password the synthetic accounts' password ({@code lapor.generator.password})
 */
record LoadSettings(List<String> baseUrls, int users, Duration duration, String jdbcUrl, String password) {

	static final String EMAIL_DOMAIN = "@synthetic.lapor.test";

	static LoadSettings fromSystemProperties() {
		var jdbcUrl = System.getProperty("lapor.load.jdbc-url", "");
		if (jdbcUrl.isBlank()) {
			jdbcUrl = embeddedJdbcUrl(Path.of(System.getProperty("lapor.load.data-directory", "data/benchmark")));
		}
		var baseUrls = List.of(System.getProperty("lapor.load.base-url", "http://localhost:8092").split(",")).stream()
				.map(String::strip).filter(url -> !url.isEmpty()).toList();
		return new LoadSettings(baseUrls,
				Integer.getInteger("lapor.load.users", 8),
				Duration.ofSeconds(Integer.getInteger("lapor.load.duration", 60)), jdbcUrl,
				System.getProperty("lapor.load.password", "lapor-synthetic"));
	}

	/** The embedded PostgreSQL writes its port on the fourth line of {@code postmaster.pid}. */
	private static String embeddedJdbcUrl(Path dataDirectory) {
		try {
			var lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
			return "jdbc:postgresql://localhost:" + lines.get(3).strip() + "/postgres?user=postgres";
		} catch (IOException e) {
			throw new IllegalStateException("No running database in " + dataDirectory.toAbsolutePath()
					+ ": start the application on it, or set -Dlapor.load.jdbc-url", e);
		}
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(jdbcUrl);
	}

	/** The first values of a one-column query, in order. */
	List<String> strings(String sql, int limit) {
		try (var connection = connect(); var statement = connection.prepareStatement(sql)) {
			statement.setInt(1, limit);
			var values = new ArrayList<String>();
			try (var rows = statement.executeQuery()) {
				while (rows.next()) {
					values.add(rows.getString(1));
				}
			}
			if (values.isEmpty()) {
				throw new IllegalStateException("Nothing found by " + sql + ": was the data generated (./mvnw -Pgenerate)?");
			}
			return values;
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}
}

package id.lapor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development database keeps what it was told to keep: durable writes, and data across restarts.
 */
class EmbeddedDatabaseConfigurationTests {

	private final EmbeddedDatabaseConfiguration configuration = new EmbeddedDatabaseConfiguration();

	@Test
	void writesDurablyAndKeepsDataAcrossRestarts(@TempDir Path folder) throws Exception {

		var properties = new EmbeddedDatabaseProperties(folder.resolve("postgres"), 0, false);

		try (var postgres = configuration.embeddedPostgres(properties)) {
			assertThat(setting(postgres, "fsync")).isEqualTo("on");
			assertThat(setting(postgres, "synchronous_commit")).isEqualTo("on");
			execute(postgres, "create table kept (value text); insert into kept values ('laporan')");
		}

		try (var restarted = configuration.embeddedPostgres(properties)) {
			assertThat(query(restarted, "select value from kept")).isEqualTo("laporan");
		}
	}

	@Test
	void aServerLeftRunningByAKilledRunIsStoppedAndTheDataKept(@TempDir Path folder) throws Exception {

		var directory = folder.resolve("postgres");
		var run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), CrashingRun.class.getName(), directory.toString())
				.redirectErrorStream(true).start();
		try (var output = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			do {
				line = output.readLine();
			} while (line != null && !line.equals("ready"));
			assertThat(line).as("the run started its database").isEqualTo("ready");

			var properties = new EmbeddedDatabaseProperties(directory, 0, false);
			// While that run lives, another must not touch its database.
			assertThatIllegalStateException().isThrownBy(() -> configuration.embeddedPostgres(properties))
					.withMessageContaining("Another LAPOR! application");

			// kill -9: the run dies, its PostgreSQL server runs on and holds postmaster.pid.
			run.destroyForcibly().waitFor();
			var orphan = Long.parseLong(Files.readAllLines(directory.resolve("postmaster.pid")).getFirst().strip());
			assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isPresent();

			try (var restarted = configuration.embeddedPostgres(properties)) {
				assertThat(query(restarted, "select value from kept")).isEqualTo("laporan");
				assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
			}
		} finally {
			run.destroyForcibly();
		}
	}

	@Test
	void connectionDetailsPointAtTheEmbeddedServer() throws Exception {

		try (var postgres = configuration.embeddedPostgres(new EmbeddedDatabaseProperties(Path.of("unused"), 0, true))) {
			var details = configuration.embeddedConnectionDetails(postgres);

			assertThat(details.getJdbcUrl()).startsWith("jdbc:postgresql://localhost:" + postgres.getPort() + "/");
			try (var connection = DriverManager.getConnection(details.getJdbcUrl(), details.getUsername(),
					details.getPassword())) {
				assertThat(connection.isValid(5)).isTrue();
			}
		}
	}

	private static String setting(EmbeddedPostgres postgres, String name) throws SQLException {
		return query(postgres, "show " + name);
	}

	private static String query(EmbeddedPostgres postgres, String sql) throws SQLException {
		try (var connection = postgres.getPostgresDatabase().getConnection();
				var statement = connection.createStatement();
				var result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	private static void execute(EmbeddedPostgres postgres, String sql) throws SQLException {
		try (var connection = postgres.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}
}

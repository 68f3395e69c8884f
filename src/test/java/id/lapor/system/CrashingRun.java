package id.lapor.system;

import java.nio.file.Path;

/**
 * A run of the application's embedded database in a process of its own, for a test to kill: it starts the server on
 * the directory given, stores a row, says {@code ready} and waits to be killed.
 */
final class CrashingRun {

	private CrashingRun() {
	}

	public static void main(String[] args) throws Exception {
		var postgres = new EmbeddedDatabaseConfiguration()
				.embeddedPostgres(new EmbeddedDatabaseProperties(Path.of(args[0]), 0, false));
		try (var connection = postgres.getPostgresDatabase().getConnection();
				var statement = connection.createStatement()) {
			statement.execute("create table kept (value text); insert into kept values ('laporan')");
		}
		System.out.println("ready");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}
}

package id.lapor.system;

import java.io.IOException;
import java.nio.file.Files;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL server from the binaries on the class path when no external database is configured, so
 * that {@code ./mvnw spring-boot:run} and {@code ./mvnw verify} need nothing but a JDK.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OnEmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	/** This application's hold on the data directory (see {@link DataDirectoryLock}). */
	private @Nullable DataDirectoryLock lock;

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {

		// Stopped by this bean's destroy method, after everything that uses the database: a JVM shutdown hook of its
		// own would stop the server while the application still closes (it then waited 30 s for a connection).
		var builder = EmbeddedPostgres.builder()
				.setRegisterShutdownHook(false)
				.setLocaleConfig("encoding", "UTF8")
				.setServerConfig("timezone", "UTC");

		if (properties.port() > 0) {
			builder.setPort(properties.port());
		}

		if (properties.ephemeral()) {
			return builder.start();
		}

		// Zonky turns durability off for speed; a citizen told "saved" must never lose the report.
		var dataDirectory = properties.dataDirectory().toAbsolutePath();
		Files.createDirectories(dataDirectory);
		if (lock == null) {
			// Held until the process ends; a server a crashed run left behind is stopped first.
			lock = DataDirectoryLock.acquire(dataDirectory);
		}
		var postgres = builder.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.start();

		LOG.warn("""

				==========================================================================================
				 EMBEDDED PostgreSQL: for development and demonstrations only, NOT for production.
				 Data directory: {}
				 JDBC URL:       {}
				 To use your own PostgreSQL, set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and
				 SPRING_DATASOURCE_PASSWORD; no embedded server is started then.
				==========================================================================================""",
				dataDirectory, postgres.getJdbcUrl("postgres", "postgres"));

		return postgres;
	}

	@Bean
	JdbcConnectionDetails embeddedConnectionDetails(EmbeddedPostgres postgres) {

		var url = postgres.getJdbcUrl("postgres", "postgres");

		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return "postgres";
			}

			@Override
			public String getJdbcUrl() {
				return url;
			}
		};
	}
}

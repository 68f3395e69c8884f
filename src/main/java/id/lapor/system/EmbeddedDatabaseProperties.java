package id.lapor.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that runs when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the database files live; kept across restarts unless {@code ephemeral}
 * @param port the port to listen on, {@code 0} for any free port
 * @param ephemeral a throw-away database in a temporary directory, without durability (tests only)
 */
@ConfigurationProperties("lapor.embedded-database")
public record EmbeddedDatabaseProperties(
		@DefaultValue("data/postgres") Path dataDirectory,
		@DefaultValue("0") int port,
		@DefaultValue("false") boolean ephemeral) {
}

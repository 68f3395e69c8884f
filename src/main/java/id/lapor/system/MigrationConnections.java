package id.lapor.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Flyway migrates on connections of its own, not the pool's: pooled connections carry the requests'
 * {@code statement_timeout} (spring.datasource.hikari.data-source-properties.options, docs/operations.md), and a
 * migration over millions of reports may run longer than any request should. Always the primary: the embedded
 * server's connection details, else {@code spring.datasource.*} (with a replica configured, Boot defines no connection
 * details of its own).
 */
@Configuration(proxyBeanMethods = false)
class MigrationConnections {

	@Bean
	FlywayConfigurationCustomizer migrationsWithoutStatementTimeout(ObjectProvider<JdbcConnectionDetails> details,
			DataSourceProperties properties) {
		var database = details.getIfAvailable();
		var builder = DataSourceBuilder.create().type(SimpleDriverDataSource.class);
		if (database != null) {
			builder.url(database.getJdbcUrl()).username(database.getUsername()).password(database.getPassword());
		} else {
			builder.url(properties.determineUrl()).username(properties.determineUsername())
					.password(properties.determinePassword());
		}
		var dataSource = builder.build();
		return configuration -> configuration.dataSource(dataSource);
	}
}

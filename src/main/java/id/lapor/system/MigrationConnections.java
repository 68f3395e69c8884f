package id.lapor.system;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Flyway migrates on connections of its own, not the pool's: pooled connections carry the requests'
 * {@code statement_timeout} (spring.datasource.hikari.data-source-properties.options, docs/operations.md), and a
 * migration over millions of reports may run longer than any request should.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConnections {

	@Bean
	FlywayConfigurationCustomizer migrationsWithoutStatementTimeout(JdbcConnectionDetails database) {
		return configuration -> configuration.dataSource(DataSourceBuilder.create().type(SimpleDriverDataSource.class)
				.url(database.getJdbcUrl()).username(database.getUsername()).password(database.getPassword())
				.build());
	}
}

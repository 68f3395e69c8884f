package id.lapor.system;

import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Role;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.util.StringUtils;

/**
 * With a replica configured, the application's {@code DataSource} hands out primary connections, except to read-only
 * transactions inside a {@link ReadFromReplica} method: those get a replica connection. The choice is made when the
 * transaction's first statement needs a connection ({@link LazyConnectionDataSourceProxy}), when both the
 * transaction's read-only flag and the mark are known. Flyway always migrates the primary.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.datasource.replica", name = "url")
class ReplicaConfiguration {

	/** Whether the current thread runs inside a {@link ReadFromReplica} method. */
	private static final ThreadLocal<Boolean> REPLICA_READS = ThreadLocal.withInitial(() -> false);

	private enum Target { PRIMARY, REPLICA }

	@Bean(defaultCandidate = false)
	@FlywayDataSource
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource primaryDataSource(ObjectProvider<JdbcConnectionDetails> details, DataSourceProperties properties) {
		var primary = primary(details, properties);
		return DataSourceBuilder.create().type(HikariDataSource.class).url(primary.url())
				.username(primary.username()).password(primary.password()).build();
	}

	@Bean(defaultCandidate = false)
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource replicaDataSource(ObjectProvider<JdbcConnectionDetails> details, DataSourceProperties properties,
			ReplicaProperties replica) {
		var primary = primary(details, properties);
		var pool = DataSourceBuilder.create().type(HikariDataSource.class).url(replica.url())
				.username(StringUtils.hasText(replica.username()) ? replica.username() : primary.username())
				.password(StringUtils.hasText(replica.password()) ? replica.password() : primary.password()).build();
		pool.setPoolName("replica");
		return pool;
	}

	@Bean
	@Primary
	DataSource dataSource(@Qualifier("primaryDataSource") HikariDataSource primary,
			@Qualifier("replicaDataSource") HikariDataSource replica) {

		var replicaReads = new AbstractRoutingDataSource() {
			@Override
			protected Object determineCurrentLookupKey() {
				return REPLICA_READS.get() ? Target.REPLICA : Target.PRIMARY;
			}
		};
		replicaReads.setTargetDataSources(Map.of(Target.PRIMARY, primary, Target.REPLICA, replica));
		replicaReads.afterPropertiesSet();

		// Read-only transactions take their connection from replicaReads, the rest from the primary.
		var lazy = new LazyConnectionDataSourceProxy(primary);
		lazy.setReadOnlyDataSource(replicaReads);
		return lazy;
	}

	private record Login(@Nullable String url, @Nullable String username, @Nullable String password) {}

	/** The primary as the application would connect to it without a replica (embedded or configured). */
	private static Login primary(ObjectProvider<JdbcConnectionDetails> details, DataSourceProperties properties) {
		var connection = details.getIfAvailable();
		return connection != null
				? new Login(connection.getJdbcUrl(), connection.getUsername(), connection.getPassword())
				: new Login(properties.determineUrl(), properties.determineUsername(), properties.determinePassword());
	}

	/** Marks the thread while a {@link ReadFromReplica} method runs (nested calls restore what was there). */
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor replicaReadsAdvisor() {
		var marked = new ComposablePointcut(new AnnotationMatchingPointcut(ReadFromReplica.class, true))
				.union(AnnotationMatchingPointcut.forMethodAnnotation(ReadFromReplica.class));
		MethodInterceptor mark = invocation -> {
			var outer = REPLICA_READS.get();
			REPLICA_READS.set(true);
			try {
				return invocation.proceed();
			} finally {
				REPLICA_READS.set(outer);
			}
		};
		return new DefaultPointcutAdvisor(marked, mark);
	}
}

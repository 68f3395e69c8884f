package id.lapor.system;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A PostgreSQL streaming replica for reads that may lag ({@link ReadFromReplica}); set with
 * {@code SPRING_DATASOURCE_REPLICA_URL}.
 *
 * @param url the replica's JDBC URL; without it everything reads from the primary
 * @param username defaults to the primary's
 * @param password defaults to the primary's
 */
@ConfigurationProperties("spring.datasource.replica")
public record ReplicaProperties(@Nullable String url, @Nullable String username, @Nullable String password) {
}

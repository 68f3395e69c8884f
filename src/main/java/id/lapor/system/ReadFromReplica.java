package id.lapor.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The read-only transactions of this class or method may read from a PostgreSQL streaming replica when one is
 * configured ({@code SPRING_DATASOURCE_REPLICA_URL}): figures that may be a few seconds behind, such as statistics and
 * dashboards. Only read-only transactions go there; anything else, and every read-only transaction without this mark
 * (a person's own just-written pages), stays on the primary. See docs/operations.md, "Several instances".
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ReadFromReplica {
}

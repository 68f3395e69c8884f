package id.lapor.system;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.function.ToDoubleFunction;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The backlog of Spring Modulith's event publication registry: publications not completed yet (a listener failed or
 * has not run), and the age of the oldest. A growing backlog means notifications or other listeners are stuck.
 * Read through the index on {@code completion_date}, at most every 30 s.
 */
@Component
class EventPublicationMetrics implements MeterBinder {

	static final Duration MAX_AGE = Duration.ofSeconds(30);

	private final CachedSnapshot<Backlog> backlog;

	EventPublicationMetrics(JdbcTemplate jdbc) {
		this.backlog = new CachedSnapshot<>(MAX_AGE, () -> jdbc.queryForObject("""
				select count(*) as incomplete, min(publication_date) as oldest
				from event_publication where completion_date is null""",
				(row, number) -> new Backlog(row.getLong("incomplete"), row.getTimestamp("oldest"))));
	}

	record Backlog(long incomplete, @Nullable Timestamp oldest) {

		double oldestAgeSeconds() {
			return oldest == null ? 0 : Duration.between(oldest.toInstant(), Instant.now()).toMillis() / 1000.0;
		}
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("lapor.events.publications.incomplete", backlog,
						snapshot -> value(snapshot.get(), Backlog::incomplete))
				.description("Event publications not completed yet (event_publication.completion_date is null)")
				.register(registry);
		Gauge.builder("lapor.events.publications.oldest.incomplete.age", backlog,
						snapshot -> value(snapshot.get(), Backlog::oldestAgeSeconds))
				.description("Age of the oldest event publication not completed yet; 0 when there is none")
				.baseUnit("seconds")
				.register(registry);
	}

	private static double value(@Nullable Backlog backlog, ToDoubleFunction<Backlog> figure) {
		return backlog == null ? Double.NaN : figure.applyAsDouble(backlog);
	}
}

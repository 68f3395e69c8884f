package id.lapor.statistics;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import id.lapor.statistics.Statistics.Detail;
import id.lapor.system.CachedSnapshot;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The reports' figures for operators (Prometheus): all reports received, those routed (no longer waiting for routing
 * or the national administrator's verification), those waiting, and those past their deadline now. Figures of the
 * whole database, the same on every instance. Read at most every 30 s: the counts from the rollups with the changes
 * logged since ({@link Statistics}, no percentiles, nothing live), the overdue ones by an index-only scan of
 * {@code reports_next_due_idx}; never a count over the report table.
 */
@Component
class ReportMetrics implements MeterBinder {

	static final Duration MAX_AGE = Duration.ofSeconds(30);

	/** Later than any report's submission. */
	private static final Instant ALL_TIME_END = Instant.parse("3000-01-01T00:00:00Z");

	private final CachedSnapshot<Figures> figures;

	ReportMetrics(Statistics statistics, NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.figures = new CachedSnapshot<>(MAX_AGE, () -> {
			var all = statistics.count(GroupBy.CLASSIFICATION, Filter.between(Instant.EPOCH, ALL_TIME_END),
					Detail.FIXED_COUNTS).total();
			return new Figures(all.received(), all.received() - all.unverified(), all.unverified(),
					overdue(jdbc, clock.instant()));
		});
	}

	/**
	 * Overdue as the indicator counts it (open, or postponed, and past {@code next_due_at}): only those reports have a
	 * deadline (constraint {@code reports_deadline_only_when_waiting}), so the deadline alone decides.
	 */
	private static long overdue(NamedParameterJdbcTemplate jdbc, Instant now) {
		var count = jdbc.queryForObject("select count(*) from reports where next_due_at < :now",
				Map.of("now", Timestamp.from(now)), Long.class);
		return count == null ? 0 : count;
	}

	/**
	 * @param routed received and no longer waiting for routing: at a body, or decided by the national administrator
	 * @param awaitingVerification submitted or waiting for the national administrator (the unverified bucket)
	 */
	record Figures(long received, long routed, long awaitingVerification, long overdue) {}

	@Override
	public void bindTo(MeterRegistry registry) {
		gauge(registry, "lapor.reports.received", Figures::received, "Reports received, all time");
		gauge(registry, "lapor.reports.routed", Figures::routed,
				"Reports no longer waiting for routing or verification, all time");
		gauge(registry, "lapor.reports.awaiting.verification", Figures::awaitingVerification,
				"Reports waiting for the national administrator's verification now");
		gauge(registry, "lapor.reports.overdue", Figures::overdue, "Reports past their current deadline now");
	}

	private void gauge(MeterRegistry registry, String name, ToDoubleFunction<Figures> figure, String description) {
		Gauge.builder(name, figures, snapshot -> value(snapshot.get(), figure)).description(description)
				.register(registry);
	}

	private static double value(@Nullable Figures figures, ToDoubleFunction<Figures> figure) {
		return figures == null ? Double.NaN : figure.applyAsDouble(figures);
	}
}

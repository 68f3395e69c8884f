package id.lapor.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code lapor.deliveries{state=…}}: how many messages are pending, being sent, failed (waiting for a retry) or given
 * up. Counted from the partial index of unsent rows, at most every 30 seconds whatever the scrape interval.
 */
@Component
class DeliveryMetrics {

	private static final Duration FRESH = Duration.ofSeconds(30);

	private final Deliveries deliveries;
	private final Clock clock;
	private Map<Delivery.State, Long> counts = Map.of();
	private Instant countedAt = Instant.MIN;

	DeliveryMetrics(Deliveries deliveries, Clock clock, MeterRegistry registry) {
		this.deliveries = deliveries;
		this.clock = clock;
		for (var state : Delivery.State.values()) {
			if (state != Delivery.State.SENT) {
				Gauge.builder("lapor.deliveries", () -> count(state))
						.description("Notification messages not sent yet, by state")
						.tag("state", state.name())
						.register(registry);
			}
		}
	}

	private synchronized long count(Delivery.State state) {
		var now = clock.instant();
		if (countedAt.plus(FRESH).isBefore(now)) {
			counts = deliveries.unsentCounts();
			countedAt = now;
		}
		return counts.getOrDefault(state, 0L);
	}
}

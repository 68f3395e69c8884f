package id.lapor.notification;

import java.time.Duration;
import java.util.Map;

import id.lapor.system.CachedSnapshot;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code lapor.deliveries{state=…}}: how many messages are pending, being sent, failed (waiting for a retry) or given
 * up. Counted from the partial index of unsent rows, at most every 30 seconds whatever the scrape interval.
 */
@Component
class DeliveryMetrics {

	DeliveryMetrics(Deliveries deliveries, MeterRegistry registry) {
		var counts = new CachedSnapshot<Map<Delivery.State, Long>>(Duration.ofSeconds(30), deliveries::unsentCounts);
		for (var state : Delivery.State.values()) {
			if (state != Delivery.State.SENT) {
				Gauge.builder("lapor.deliveries", () -> {
					var snapshot = counts.get();
					return snapshot == null ? Double.NaN : snapshot.getOrDefault(state, 0L);
				}).description("Notification messages not sent yet, by state").tag("state", state.name())
						.register(registry);
			}
		}
	}
}

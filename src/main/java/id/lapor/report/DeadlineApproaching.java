package id.lapor.report;

import java.time.Instant;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A deadline of a report is near; the handling body was reminded.
 *
 * @param deadline VERIFICATION, FOLLOW_UP or RESOLUTION
 */
@DomainEvent
public record DeadlineApproaching(UUID reportId, TrackingNumber trackingNumber, long agencyId, Instant due,
		String deadline) {
}

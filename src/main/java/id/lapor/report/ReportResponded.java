package id.lapor.report;

import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * The handling body answered a report, possibly changing its status.
 */
@DomainEvent
public record ReportResponded(UUID reportId, TrackingNumber trackingNumber, UUID reporterId, long agencyId,
		ReportStatus status) {
}

package id.lapor.report;

import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A body passed a report to another body, or it went to the national administrator's queue.
 */
@DomainEvent
public record ReportForwarded(UUID reportId, TrackingNumber trackingNumber, long fromAgencyId, long toAgencyId,
		ForwardKind kind) {
}

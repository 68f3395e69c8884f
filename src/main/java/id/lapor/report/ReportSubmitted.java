package id.lapor.report;

import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A citizen sent a report and it was routed to a body.
 */
@DomainEvent
public record ReportSubmitted(UUID reportId, TrackingNumber trackingNumber, UUID reporterId, long agencyId,
		boolean awaitingVerification) {
}

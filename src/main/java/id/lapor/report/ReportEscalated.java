package id.lapor.report;

import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A deadline was missed and the report escalated to a supervising body (level 1) or the national administrator
 * (level 2).
 */
@DomainEvent
public record ReportEscalated(UUID reportId, TrackingNumber trackingNumber, long agencyId, long escalatedTo, int level,
		String deadline) {
}

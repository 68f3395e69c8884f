package id.lapor.report;

import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * An answered report closed itself after the reporter's window.
 */
@DomainEvent
public record ReportClosed(UUID reportId, TrackingNumber trackingNumber, UUID reporterId) {
}

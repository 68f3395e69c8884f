package id.lapor.report;

import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * An answered report closed itself after the reporter's window.
 *
 * @param occurrence identifies this occurrence: the same change made twice (two answers with the
 * same status, a second reply) is two occurrences and two notifications
 */
@DomainEvent
public record ReportClosed(UUID reportId, TrackingNumber trackingNumber, UUID reporterId, UUID occurrence) {

	/** A new occurrence, with an identity of its own (a notification is sent once per occurrence). */
	public ReportClosed(UUID reportId, TrackingNumber trackingNumber, UUID reporterId) {
		this(reportId, trackingNumber, reporterId, UUID.randomUUID());
	}
}

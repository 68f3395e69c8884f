package id.lapor.report;

import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A body passed a report to another body, or it went to the national administrator's queue.
 *
 * @param occurrence identifies this occurrence: the same change made twice (two answers with the
 * same status, a second reply) is two occurrences and two notifications
 */
@DomainEvent
public record ReportForwarded(UUID reportId, TrackingNumber trackingNumber, long fromAgencyId, long toAgencyId,
		ForwardKind kind, UUID occurrence) {

	/** A new occurrence, with an identity of its own (a notification is sent once per occurrence). */
	public ReportForwarded(UUID reportId, TrackingNumber trackingNumber, long fromAgencyId, long toAgencyId,
			ForwardKind kind) {
		this(reportId, trackingNumber, fromAgencyId, toAgencyId, kind, UUID.randomUUID());
	}
}

package id.lapor.report;

import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * The handling body answered a report, possibly changing its status.
 *
 * @param occurrence identifies this occurrence: the same change made twice (two answers with the
 * same status, a second reply) is two occurrences and two notifications
 */
@DomainEvent
public record ReportResponded(UUID reportId, TrackingNumber trackingNumber, UUID reporterId, long agencyId,
		ReportStatus status, UUID occurrence) {

	/** A new occurrence, with an identity of its own (a notification is sent once per occurrence). */
	public ReportResponded(UUID reportId, TrackingNumber trackingNumber, UUID reporterId, long agencyId, ReportStatus status) {
		this(reportId, trackingNumber, reporterId, agencyId, status, UUID.randomUUID());
	}
}

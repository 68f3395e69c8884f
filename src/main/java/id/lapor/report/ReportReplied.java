package id.lapor.report;

import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * The reporter wrote in the conversation of a report.
 *
 * @param occurrence identifies this occurrence: the same change made twice (two answers with the
 * same status, a second reply) is two occurrences and two notifications
 */
@DomainEvent
public record ReportReplied(UUID reportId, TrackingNumber trackingNumber, @Nullable Long agencyId, UUID occurrence) {

	/** A new occurrence, with an identity of its own (a notification is sent once per occurrence). */
	public ReportReplied(UUID reportId, TrackingNumber trackingNumber, @Nullable Long agencyId) {
		this(reportId, trackingNumber, agencyId, UUID.randomUUID());
	}
}

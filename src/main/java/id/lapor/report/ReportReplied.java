package id.lapor.report;

import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * The reporter wrote in the conversation of a report.
 */
@DomainEvent
public record ReportReplied(UUID reportId, TrackingNumber trackingNumber, @Nullable Long agencyId) {
}

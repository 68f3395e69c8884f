package id.lapor.report;

import java.time.Instant;

/**
 * A reprimand (teguran) as the body's inbox and the supervisors' drill-down show it.
 */
public record ReprimandView(long id, Instant sentAt, String senderName, String message, int reportCount) {
}

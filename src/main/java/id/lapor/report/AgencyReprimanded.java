package id.lapor.report;

/**
 * A supervisor sent a body a reprimand (teguran) about its overdue reports.
 *
 * @param reportCount how many overdue reports the reprimand covers
 */
public record AgencyReprimanded(long reprimandId, long agencyId, int reportCount, String message) {
}

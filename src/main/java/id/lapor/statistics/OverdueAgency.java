package id.lapor.statistics;

/** A body with its reports past their current deadline now. */
public record OverdueAgency(long agencyId, long overdue) {}

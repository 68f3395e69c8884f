package id.lapor.routing;

import id.lapor.agency.AgencySummary;

/**
 * Where a report goes and by which rule.
 */
public record RoutingDecision(AgencySummary target, RoutingRule rule) {
}

package id.lapor.routing;

import java.util.List;

import id.lapor.agency.AgencySummary;

/**
 * Where a report goes and why.
 *
 * @param confidence how sure the router is, 0 to 1; below the configured threshold a person verifies the decision
 * @param needsVerification whether the national administrator must look at the report before it is assigned
 * @param alternatives up to three other bodies that could fairly take the report
 */
public record RoutingDecision(CategorySummary category, AgencySummary target, RoutingRule rule, double confidence,
		boolean needsVerification, List<Explanation> explanation, List<Alternative> alternatives) {

	/** Another body that could take the report, with the router's confidence in it. */
	public record Alternative(AgencySummary target, double confidence) {}
}

package id.lapor.routing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the router.
 *
 * @param verificationThreshold below this confidence a report waits for the national administrator's verification
 * @param titleBoost how much more a word in the title counts than one in the text
 * @param catalogueCheck how often each instance looks whether the catalogue changed (on any instance) and its routing
 * model must be rebuilt (and whether the learner's examples changed); {@code 0} never (a single instance, whose own
 * changes reload it at once)
 * @param learnerThreshold the learner's score (the similarity-weighted share of the most similar reports) from which
 * its proposal replaces the category's default body; above 1 switches the learner off
 */
@ConfigurationProperties("lapor.routing")
public record RoutingProperties(@DefaultValue("0.3") double verificationThreshold,
		@DefaultValue("2.0") double titleBoost, @DefaultValue("5s") Duration catalogueCheck,
		@DefaultValue("0.4") double learnerThreshold) {
}

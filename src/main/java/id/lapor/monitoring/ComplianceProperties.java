package id.lapor.monitoring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The compliance score of a body (0–100) and its zones, after Ombudsman RI's compliance zones.
 *
 * @param followUpWeight weight of the follow-up rate in the score
 * @param onTimeWeight weight of the on-time rate
 * @param completionWeight weight of the completion rate
 * @param greenFrom a score at or above this is green
 * @param yellowFrom a score at or above this (and below green) is yellow; below it red
 * @param minimumReports bodies with fewer reports in the period are shown, not ranked
 */
@ConfigurationProperties("lapor.compliance")
public record ComplianceProperties(
		@DefaultValue("0.4") double followUpWeight,
		@DefaultValue("0.3") double onTimeWeight,
		@DefaultValue("0.3") double completionWeight,
		@DefaultValue("81") double greenFrom,
		@DefaultValue("51") double yellowFrom,
		@DefaultValue("5") int minimumReports) {
}

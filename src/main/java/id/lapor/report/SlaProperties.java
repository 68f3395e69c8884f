package id.lapor.report;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the deadline watch ({@link DeadlineWatchJob}) reminds and escalates.
 *
 * @param reminderWorkingDays remind the handling body when a deadline is this many working days away (or less)
 * @param nationalEscalationWorkingDays escalate to the national administrator when a deadline was missed by this
 * many working days; before that, to the handling body's supervising body
 * @param interval how often the watch runs
 */
@ConfigurationProperties("lapor.sla")
record SlaProperties(
		@DefaultValue("1") int reminderWorkingDays,
		@DefaultValue("3") int nationalEscalationWorkingDays,
		@DefaultValue("PT15M") Duration interval) {
}

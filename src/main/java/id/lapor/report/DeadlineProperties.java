package id.lapor.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Working-day deadlines of a report (see docs/lifecycle.md for their sources).
 *
 * @param verificationDays the national administrator verifies and routes a queued report within this many days
 * @param firstFollowUpDays the body first follows up (responds) within this many days of assignment
 * @param simpleDays resolution of a simple report or information request
 * @param standardDays resolution of a report that needs no field check
 * @param fieldCheckDays resolution of a report that needs a field check
 * @param closingDays an answered report closes itself after this many days without a reply from the reporter, who
 * may reopen it (once, when unsatisfied) within the same window
 */
@ConfigurationProperties("lapor.deadlines")
public record DeadlineProperties(
		@DefaultValue("3") int verificationDays,
		@DefaultValue("5") int firstFollowUpDays,
		@DefaultValue("5") int simpleDays,
		@DefaultValue("14") int standardDays,
		@DefaultValue("60") int fieldCheckDays,
		@DefaultValue("10") int closingDays) {

	int resolutionDays(ServiceClass serviceClass) {
		return switch (serviceClass) {
			case SIMPLE -> simpleDays;
			case STANDARD -> standardDays;
			case FIELD_CHECK -> fieldCheckDays;
		};
	}
}

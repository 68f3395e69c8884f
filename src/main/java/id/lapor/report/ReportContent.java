package id.lapor.report;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the citizen wrote, already validated.
 */
public record ReportContent(Classification classification, String title, String body, String regionCode,
		String categoryCode, @Nullable LocalDate incidentDate, @Nullable String location, boolean anonymous,
		boolean confidential) {
}

package id.lapor.report;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the citizen wrote, already validated.
 *
 * @param categoryCode the category the citizen chose, {@code null} to let routing infer it
 * @param targetCode the body the citizen chose, {@code null} to let routing choose
 */
public record ReportContent(Classification classification, String title, String text, String regionCode,
		@Nullable String categoryCode, @Nullable LocalDate incidentDate, @Nullable String location, boolean anonymous,
		boolean confidential, @Nullable String targetCode) {
}

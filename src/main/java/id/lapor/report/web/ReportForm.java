package id.lapor.report.web;

import java.time.LocalDate;
import java.util.UUID;

import id.lapor.report.Classification;
import id.lapor.report.ReportContent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The report form as typed. Everything stays text until it is valid, so a page with errors shows back exactly what
 * the citizen entered.
 */
record ReportForm(
		@NotBlank @Pattern(regexp = "COMPLAINT|ASPIRATION|INFORMATION_REQUEST") @Nullable String classification,
		@NotBlank @Size(min = 10, max = 150) @Nullable String title,
		@NotBlank @Size(min = 30, max = 5000) @Nullable String body,
		@Nullable String provinceCode,
		@NotBlank @Size(max = 13) @Nullable String regionCode,
		@Size(max = 64) @Nullable String categoryCode,
		@Pattern(regexp = "^$|^\\d{4}-\\d{2}-\\d{2}$") @Nullable String incidentDate,
		@Size(max = 200) @Nullable String location,
		@Nullable Boolean anonymous,
		@Nullable Boolean confidential,
		@NotBlank @Pattern(regexp = ReportForm.TOKEN) @Nullable String submissionToken,
		@Size(max = 64) @Nullable String targetCode) {

	/** A UUID as {@link UUID#toString()} writes it; a looser pattern lets {@link UUID#fromString} fail later. */
	static final String TOKEN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

	static ReportForm empty() {
		return new ReportForm("COMPLAINT", null, null, null, null, null, null, null, false, false,
				UUID.randomUUID().toString(), null);
	}

	boolean hasCategory() {
		return categoryCode != null && !categoryCode.isBlank();
	}

	boolean hasTarget() {
		return targetCode != null && !targetCode.isBlank();
	}

	@Nullable LocalDate parsedIncidentDate() {
		try {
			return incidentDate == null || incidentDate.isBlank() ? null : LocalDate.parse(incidentDate);
		} catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}

	boolean hasIncidentDate() {
		return incidentDate != null && !incidentDate.isBlank();
	}

	boolean hasValidToken() {
		return submissionToken != null && submissionToken.matches(TOKEN);
	}

	UUID token() {
		return UUID.fromString(submissionToken);
	}

	/** Only call once the form is valid. */
	ReportContent toContent() {
		return new ReportContent(Classification.valueOf(classification), title, body, regionCode,
				hasCategory() ? categoryCode : null, parsedIncidentDate(), location, Boolean.TRUE.equals(anonymous),
				Boolean.TRUE.equals(confidential), hasTarget() ? targetCode : null);
	}
}

package id.lapor.triage.web;

import java.util.UUID;

import id.lapor.report.Outcome;
import id.lapor.system.StaleForms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A liaison officer's response, with the report version they saw.
 */
record ResponseForm(
		@NotBlank @Size(max = 5000) @Nullable String message,
		@NotBlank @Pattern(regexp = "IN_PROGRESS|COMPLETED") @Nullable String status,
		@NotNull @Nullable Long version,
		@Pattern(regexp = "^$|SOLVED|NO_FURTHER_ACTION|REFERRED|NOT_RESPONSIBLE|DUPLICATE") @Nullable String outcome,
		@Pattern(regexp = "^$|" + ResponseForm.UUID_PATTERN) @Nullable String uploadToken,
		/** With the outcome "duplicate": the number of the report that handles the same matter (optional). */
		@Size(max = 20) @Nullable String duplicateOf) implements StaleForms.Versioned<ResponseForm> {

	@Override
	public ResponseForm withVersion(long current) {
		return new ResponseForm(message, status, current, outcome, uploadToken, duplicateOf);
	}

	boolean namesDuplicate() {
		// Only a completed report has an outcome; a number typed before choosing "in progress" is not a link.
		return "COMPLETED".equals(status) && parsedOutcome() == Outcome.DUPLICATE && duplicateOf != null
				&& !duplicateOf.isBlank();
	}

	boolean completesWithoutOutcome() {
		return "COMPLETED".equals(status) && (outcome == null || outcome.isBlank());
	}

	@Nullable Outcome parsedOutcome() {
		return outcome == null || outcome.isBlank() ? null : Outcome.valueOf(outcome);
	}

	static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

	/** The uploads' token; {@code null} also when it is not a UUID, for the form shown again with that error. */
	@Nullable UUID token() {
		return uploadToken == null || !uploadToken.matches(UUID_PATTERN) ? null : UUID.fromString(uploadToken);
	}

	static ResponseForm forVersion(long version) {
		return new ResponseForm(null, "IN_PROGRESS", version, null, UUID.randomUUID().toString(), null);
	}
}

package id.lapor.triage;

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
		@NotNull @Nullable Long version) implements StaleForms.Versioned<ResponseForm> {

	@Override
	public ResponseForm withVersion(long current) {
		return new ResponseForm(message, status, current);
	}

	static ResponseForm forVersion(long version) {
		return new ResponseForm(null, "IN_PROGRESS", version);
	}
}

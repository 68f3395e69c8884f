package id.lapor.triage;

import java.util.UUID;

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
		@Pattern(regexp = "^$|^[0-9a-fA-F-]{36}$") @Nullable String uploadToken) implements StaleForms.Versioned<ResponseForm> {

	@Override
	public ResponseForm withVersion(long current) {
		return new ResponseForm(message, status, current, uploadToken);
	}

	@Nullable UUID token() {
		return uploadToken == null || uploadToken.isBlank() ? null : UUID.fromString(uploadToken);
	}

	static ResponseForm forVersion(long version) {
		return new ResponseForm(null, "IN_PROGRESS", version, UUID.randomUUID().toString());
	}
}

package id.lapor.triage.web;

import id.lapor.system.StaleForms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A liaison officer passes a report on: to the body responsible, or down to one of their own units.
 */
record ForwardForm(
		@NotBlank @Pattern(regexp = "DECLINE|DISPOSITION") @Nullable String kind,
		@NotBlank @Size(max = 64) @Nullable String targetCode,
		@NotBlank @Size(max = 1000) @Nullable String reason,
		@NotNull @Nullable Long version) implements StaleForms.Versioned<ForwardForm> {

	@Override
	public ForwardForm withVersion(long current) {
		return new ForwardForm(kind, targetCode, reason, current);
	}

	static ForwardForm forVersion(long version) {
		return new ForwardForm("DECLINE", null, null, version);
	}
}

package id.lapor.triage.web;

import id.lapor.system.StaleForms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The national administrator's actions on a report in the verification queue; each needs a note.
 */
final class VerificationForms {

	private VerificationForms() {}

	/** Confirm or correct category and body, and assign the report. */
	record VerifyForm(
			@NotBlank @Size(max = 64) @Nullable String categoryCode,
			@NotBlank @Size(max = 64) @Nullable String targetCode,
			@NotBlank @Size(max = 1000) @Nullable String note,
			@NotNull @Nullable Long version) implements StaleForms.Versioned<VerifyForm> {

		@Override
		public VerifyForm withVersion(long current) {
			return new VerifyForm(categoryCode, targetCode, note, current);
		}
	}

	/** Put the report on hold (tunda). */
	record PostponeForm(
			@NotBlank @Size(max = 1000) @Nullable String note,
			@NotNull @Nullable Long version) implements StaleForms.Versioned<PostponeForm> {

		@Override
		public PostponeForm withVersion(long current) {
			return new PostponeForm(note, current);
		}
	}

	/** Archive with a reason; a duplicate names the report it repeats. */
	record ArchiveForm(
			@NotBlank @Pattern(regexp = "TOO_GENERAL|NOT_PUBLIC_SERVICE|DUPLICATE|ABUSIVE|INCOMPLETE") @Nullable String reason,
			@Size(max = 20) @Nullable String duplicateOf,
			@NotBlank @Size(max = 1000) @Nullable String note,
			@NotNull @Nullable Long version) implements StaleForms.Versioned<ArchiveForm> {

		@Override
		public ArchiveForm withVersion(long current) {
			return new ArchiveForm(reason, duplicateOf, note, current);
		}
	}

	/** Set whether the reporter's identity and the content are hidden. */
	record FlagsForm(
			@Nullable Boolean anonymous,
			@Nullable Boolean confidential,
			@NotBlank @Size(max = 1000) @Nullable String note,
			@NotNull @Nullable Long version) implements StaleForms.Versioned<FlagsForm> {

		@Override
		public FlagsForm withVersion(long current) {
			return new FlagsForm(anonymous, confidential, note, current);
		}
	}
}

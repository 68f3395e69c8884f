package id.lapor.administration.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import id.lapor.system.StaleForms;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * Forms of the catalogue pages. Keywords are typed one per line or separated by semicolons.
 */
final class AgencyForms {

	private AgencyForms() {}

	static List<String> keywords(@Nullable String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("[;\\n]")).map(word -> word.strip().toLowerCase(Locale.ROOT))
						.filter(word -> !word.isEmpty()).distinct().toList();
	}

	record DescribeForm(
			@NotBlank @Size(max = 250) @Nullable String name,
			@Size(max = 80) @Nullable String shortName,
			@Size(max = 4000) @Nullable String keywords,
			@NotBlank @Size(max = 1000) @Nullable String note,
			@NotNull @Nullable Long version) implements StaleForms.Versioned<DescribeForm> {

		@Override
		public DescribeForm withVersion(long current) {
			return new DescribeForm(name, shortName, keywords, note, current);
		}
	}

	/** The national administrator approves or rejects a body administrator's proposed keywords. */
	record KeywordReviewForm(
			@NotBlank @Size(max = 1000) @Nullable String note,
			@NotNull @Nullable Long version) {
	}

	record ActiveForm(
			@NotBlank @Pattern(regexp = "true|false") @Nullable String active,
			@NotBlank @Size(max = 1000) @Nullable String note,
			@NotNull @Nullable Long version) implements StaleForms.Versioned<ActiveForm> {

		@Override
		public ActiveForm withVersion(long current) {
			return new ActiveForm(active, note, current);
		}
	}

	record NewAgencyForm(
			@NotBlank @Size(max = 64) @Nullable String code,
			@NotBlank @Size(max = 250) @Nullable String name,
			@Size(max = 80) @Nullable String shortName,
			@Size(max = 40) @Nullable String kind,
			@Size(max = 4000) @Nullable String keywords,
			@NotBlank @Size(max = 1000) @Nullable String note) {

		static NewAgencyForm empty() {
			return new NewAgencyForm(null, null, null, "UNIT", null, null);
		}
	}

	record LiaisonForm(
			@NotBlank @Size(max = 120) @Nullable String fullName,
			@NotBlank @Email @Size(max = 254) @Nullable String email,
			@NotBlank @Size(min = 12, max = 128) @Nullable String password,
			@Nullable Boolean agencyAdmin,
			@NotBlank @Size(max = 1000) @Nullable String note) {

		static LiaisonForm empty() {
			return new LiaisonForm(null, null, null, false, null);
		}
	}
}

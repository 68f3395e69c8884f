package id.lapor.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The password's own rules (length in bytes, guessability) are checked by {@code PasswordPolicy}; the size here only
 * keeps absurd input out.
 */
record RegistrationForm(
		@NotBlank @Size(max = 120) @Nullable String fullName,
		@NotBlank @Email @Size(max = 254) @Nullable String email,
		@Size(max = 30) @Pattern(regexp = "^$|^\\+?[0-9 ()-]{8,30}$") @Nullable String phone,
		@NotBlank @Size(max = 200) @Nullable String password,
		@Nullable String passwordConfirmation) {

	static RegistrationForm empty() {
		return new RegistrationForm(null, null, null, null, null);
	}

	boolean passwordsMatch() {
		return password != null && password.equals(passwordConfirmation);
	}
}

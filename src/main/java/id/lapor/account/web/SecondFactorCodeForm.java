package id.lapor.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A code typed by the person: six digits from the authenticator app or, when signing in, a recovery code.
 */
record SecondFactorCodeForm(@NotBlank @Size(max = 40) String code) {
}

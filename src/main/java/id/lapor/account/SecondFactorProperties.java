package id.lapor.account;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of two-step verification.
 *
 * @param totpKey the AES key (Base64 of 32 random bytes, {@code LAPOR_SECURITY_TOTP_KEY}) that encrypts the TOTP
 *     secrets at rest; required with an external database, generated when the embedded one runs
 */
@ConfigurationProperties("lapor.security")
record SecondFactorProperties(@Nullable String totpKey) {
}

package id.lapor.report;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key that seals anonymous reporters' identities.
 *
 * @param identityKey Base64 of 32 random bytes ({@code LAPOR_SECURITY_IDENTITY_KEY}); required with an external
 *     database, generated when the embedded one runs
 */
@ConfigurationProperties("lapor.security")
record IdentitySealProperties(@Nullable String identityKey) {
}

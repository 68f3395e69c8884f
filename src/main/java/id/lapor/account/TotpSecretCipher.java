package id.lapor.account;

import java.security.GeneralSecurityException;
import java.util.UUID;

import id.lapor.system.AesGcm;
import id.lapor.system.ApplicationKeys;

import org.springframework.stereotype.Component;

/**
 * Encrypts TOTP secrets at rest with AES-GCM, bound to their account (the account id is the associated data, so a
 * secret copied to another row does not decrypt). The key comes from {@code lapor.security.totp-key} (see
 * {@link ApplicationKeys}).
 */
@Component
class TotpSecretCipher {

	private final AesGcm cipher;

	TotpSecretCipher(SecondFactorProperties properties, ApplicationKeys keys) {
		this.cipher = new AesGcm(keys.key(properties.totpKey(), "lapor.security.totp-key", "LAPOR_SECURITY_TOTP_KEY",
				"encrypts the two-step verification secrets", "totp"));
	}

	byte[] encrypt(UUID accountId, byte[] secret) {
		try {
			return cipher.encrypt(accountId, secret);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot encrypt a TOTP secret", e);
		}
	}

	byte[] decrypt(UUID accountId, byte[] stored) {
		try {
			return cipher.decrypt(accountId, stored);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot decrypt the TOTP secret of " + accountId
					+ " (was lapor.security.totp-key changed?)", e);
		}
	}
}

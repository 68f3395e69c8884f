package id.lapor.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import id.lapor.system.EmbeddedDatabaseProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts TOTP secrets at rest with AES-GCM, bound to their account (the account id is the associated data, so a
 * secret copied to another row does not decrypt). The key comes from {@code lapor.security.totp-key}; only with the
 * embedded development database is one generated (and kept next to its data directory, so it survives restarts).
 */
@Component
class TotpSecretCipher {

	private static final Logger LOG = LoggerFactory.getLogger(TotpSecretCipher.class);
	private static final int NONCE_BYTES = 12;
	private static final int TAG_BITS = 128;
	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKey key;

	TotpSecretCipher(SecondFactorProperties properties, Environment environment,
			EmbeddedDatabaseProperties embeddedDatabase) {
		this.key = new SecretKeySpec(keyBytes(properties, environment, embeddedDatabase), "AES");
	}

	byte[] encrypt(UUID accountId, byte[] secret) {
		try {
			var nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			var cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData(accountId));
			var sealed = cipher.doFinal(secret);
			return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot encrypt a TOTP secret", e);
		}
	}

	byte[] decrypt(UUID accountId, byte[] stored) {
		try {
			var cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
			cipher.updateAAD(associatedData(accountId));
			return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot decrypt the TOTP secret of " + accountId
					+ " (was lapor.security.totp-key changed?)", e);
		}
	}

	private static byte[] associatedData(UUID accountId) {
		return ByteBuffer.allocate(16).putLong(accountId.getMostSignificantBits())
				.putLong(accountId.getLeastSignificantBits()).array();
	}

	private static byte[] keyBytes(SecondFactorProperties properties, Environment environment,
			EmbeddedDatabaseProperties embeddedDatabase) {

		if (StringUtils.hasText(properties.totpKey())) {
			var bytes = Base64.getDecoder().decode(properties.totpKey().strip());
			if (bytes.length != 32) {
				throw new IllegalStateException("lapor.security.totp-key must be 32 bytes in Base64 (openssl rand -base64 32)");
			}
			return bytes;
		}
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			throw new IllegalStateException("Set LAPOR_SECURITY_TOTP_KEY (lapor.security.totp-key) to 32 random bytes in "
					+ "Base64, e.g. from 'openssl rand -base64 32'; it encrypts the two-step verification secrets");
		}
		if (embeddedDatabase.ephemeral()) {
			return randomKey();
		}
		return developmentKey(embeddedDatabase.dataDirectory().toAbsolutePath());
	}

	/** The embedded database's key lives beside it: lose one and the other is of no use either. */
	private static byte[] developmentKey(Path dataDirectory) {
		var file = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-totp.key");
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file).strip());
			}
			var key = randomKey();
			Files.createDirectories(file.getParent());
			Files.writeString(file, Base64.getEncoder().encodeToString(key));
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			} catch (UnsupportedOperationException e) {
				// Not a POSIX file system (Windows): the user's profile protects it.
			}
			LOG.warn("Generated a development key for TOTP secrets in {} (embedded database only; set "
					+ "LAPOR_SECURITY_TOTP_KEY in production)", file);
			return key;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] randomKey() {
		var key = new byte[32];
		RANDOM.nextBytes(key);
		return key;
	}
}

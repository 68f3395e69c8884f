package id.lapor.report;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import id.lapor.system.AesGcm;
import id.lapor.system.ApplicationKeys;

import org.springframework.stereotype.Component;

/**
 * Seals the reporter of an anonymous report: the account id is stored AES-GCM encrypted, bound to its report (the
 * report id is the associated data, so a seal copied to another report does not open), next to a blind index (an
 * HMAC of the account id) that finds the reporter's own reports without opening anything. Whoever reads the
 * database, a backup or a body's SQL access sees neither who reported nor which anonymous reports share a reporter
 * unless they also hold the key.
 * <p>
 * Both keys are derived from {@code lapor.security.identity-key}: one for encryption, one for the index.
 */
@Component
class IdentitySeal {

	private final AesGcm cipher;
	private final SecretKeySpec indexKey;

	IdentitySeal(IdentitySealProperties properties, ApplicationKeys keys) {
		var master = keys.key(properties.identityKey(), "lapor.security.identity-key", "LAPOR_SECURITY_IDENTITY_KEY",
				"seals the identity of anonymous reporters", "identity");
		this.cipher = new AesGcm(derive(master, "lapor identity seal v1"));
		this.indexKey = new SecretKeySpec(derive(master, "lapor identity index v1"), "HmacSHA256");
	}

	/** The reporter's account id, encrypted for this report. */
	byte[] seal(UUID reportId, UUID reporterId) {
		try {
			return cipher.encrypt(reportId, AesGcm.bytes(reporterId));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot seal a reporter", e);
		}
	}

	/** The reporter's account id sealed for this report. */
	UUID open(UUID reportId, byte[] sealed) {
		try {
			var id = ByteBuffer.wrap(cipher.decrypt(reportId, sealed));
			return new UUID(id.getLong(), id.getLong());
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot open the sealed reporter of report " + reportId
					+ " (was lapor.security.identity-key changed?)", e);
		}
	}

	/** The blind index of an account: the same for all its sealed reports, and nothing without the key. */
	byte[] index(UUID accountId) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(indexKey);
			return mac.doFinal(AesGcm.bytes(accountId));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot index a reporter", e);
		}
	}

	private static byte[] derive(byte[] master, String purpose) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(master, "HmacSHA256"));
			return mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot derive the identity keys", e);
		}
	}
}

package id.lapor.system;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-GCM with the JDK's provider: a fresh 96-bit nonce per encryption, stored before the ciphertext and its tag,
 * and the id of the row a value belongs to as associated data, so a value copied to another row does not decrypt.
 */
public final class AesGcm {

	private static final int NONCE_BYTES = 12;
	private static final int TAG_BITS = 128;
	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	/** @param key 32 bytes, e.g. from {@link ApplicationKeys} */
	public AesGcm(byte[] key) {
		this.key = new SecretKeySpec(key, "AES");
	}

	public byte[] encrypt(UUID boundTo, byte[] plaintext) throws GeneralSecurityException {
		var nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		var cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
		cipher.updateAAD(bytes(boundTo));
		var sealed = cipher.doFinal(plaintext);
		return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
	}

	/** @throws GeneralSecurityException when the value was not encrypted with this key for this row */
	public byte[] decrypt(UUID boundTo, byte[] stored) throws GeneralSecurityException {
		var cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
		cipher.updateAAD(bytes(boundTo));
		return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
	}

	/** The 16 bytes of an id, most significant first. */
	public static byte[] bytes(UUID id) {
		return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
				.array();
	}
}

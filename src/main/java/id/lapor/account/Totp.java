package id.lapor.account;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA1, 6 digits, 30-second steps.
 * The arithmetic is java-otp's; this class only picks the steps to try.
 */
public final class Totp {

	static final int SECRET_BYTES = 20; // 160 bits, the HMAC-SHA1 block the RFC recommends

	/** One step either side forgives a phone clock a little off and a code typed just as it changed. */
	private static final int WINDOW = 1;

	private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();
	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {}

	public static byte[] newSecret() {
		var secret = new byte[SECRET_BYTES];
		RANDOM.nextBytes(secret);
		return secret;
	}

	static long step(Instant instant) {
		return instant.getEpochSecond() / stepLength().toSeconds();
	}

	public static Duration stepLength() {
		return GENERATOR.getTimeStep();
	}

	static String code(byte[] secret, long step) {
		try {
			return GENERATOR.generateOneTimePasswordString(new SecretKeySpec(secret, GENERATOR.getAlgorithm()),
					Instant.ofEpochSecond(step * stepLength().toSeconds()));
		} catch (InvalidKeyException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The step the code belongs to, if it is valid now and newer than {@code afterStep}.
	 */
	static OptionalLong match(byte[] secret, String code, Instant now, long afterStep) {
		var digits = code.replace(" ", "");
		if (!digits.matches("\\d{" + GENERATOR.getPasswordLength() + "}")) {
			return OptionalLong.empty();
		}
		var current = step(now);
		for (long step = current - WINDOW; step <= current + WINDOW; step++) {
			if (step > afterStep && MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
					digits.getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}
}

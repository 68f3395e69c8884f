package id.lapor.report;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The number a citizen quotes: ten characters of Crockford's Base32 (no I, L, O or U, so nothing is misread or
 * misheard), nine random (45 bits, not guessable) and one check character that catches any single mistyped
 * character and any swap of two neighbours. Shown as {@code XXXXX-XXXXX}; read back leniently (case, spaces,
 * hyphens, O for 0, I or L for 1).
 */
public record TrackingNumber(String value) {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
	private static final int RANDOM_LENGTH = 9;
	private static final RandomGenerator RANDOM = new SecureRandom();

	public TrackingNumber {
		if (value.length() != RANDOM_LENGTH + 1 || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)
				|| checkCharacter(value.substring(0, RANDOM_LENGTH)) != value.charAt(RANDOM_LENGTH)) {
			throw new IllegalArgumentException("Not a valid tracking number");
		}
	}

	static TrackingNumber random() {
		return random(RANDOM);
	}

	static TrackingNumber random(RandomGenerator random) {

		var payload = new StringBuilder(RANDOM_LENGTH + 1);
		for (int i = 0; i < RANDOM_LENGTH; i++) {
			payload.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return new TrackingNumber(payload.append(checkCharacter(payload)).toString());
	}

	/**
	 * Reads a number as a person typed it; empty when it cannot be a tracking number.
	 */
	public static Optional<TrackingNumber> parse(String input) {

		var normalized = new StringBuilder();
		for (char c : input.toUpperCase(Locale.ROOT).toCharArray()) {
			switch (c) {
				case ' ', '-', '\t' -> { }
				case 'O' -> normalized.append('0');
				case 'I', 'L' -> normalized.append('1');
				default -> normalized.append(c);
			}
		}
		try {
			return Optional.of(new TrackingNumber(normalized.toString()));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/**
	 * The payload read as a polynomial over GF(32), {@code sum(x_i * a^(n - i))} for a primitive element {@code a};
	 * the check character itself has weight 1. A wrong character changes the sum by {@code a^k * e}, a swap of
	 * neighbours (the check character included) by {@code a^k * (a + 1) * (x + y)}: in a field neither is zero, so
	 * both are always detected (a plain Luhn mod 32 misses swapping 0 and Z).
	 */
	private static char checkCharacter(CharSequence payload) {

		int sum = 0;
		for (int i = 0; i < payload.length(); i++) {
			sum = timesA(sum ^ ALPHABET.indexOf(payload.charAt(i)));
		}
		return ALPHABET.charAt(sum);
	}

	/** Multiplication by {@code a} in GF(2^5) built on the primitive polynomial x^5 + x^2 + 1. */
	private static int timesA(int element) {
		int shifted = element << 1;
		return (shifted & 0b100000) == 0 ? shifted : shifted ^ 0b100101;
	}

	/** For people: {@code 7KQ2M-X9R4D}. */
	public String formatted() {
		return value.substring(0, 5) + "-" + value.substring(5);
	}

	@Override
	public String toString() {
		return formatted();
	}
}

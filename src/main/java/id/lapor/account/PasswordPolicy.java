package id.lapor.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.nulabinc.zxcvbn.Zxcvbn;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: long enough, short enough for bcrypt (which reads at most 72 bytes, and refuses more),
 * and not easy to guess. Guessability comes from zxcvbn, which knows tens of thousands of common and breached
 * passwords, names and words, keyboard patterns and dates, and here also the person's own name and address.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 10;
	public static final int MAX_BYTES = 72;
	/** zxcvbn's score 0–4; below 3 a password falls to an online or throttled attacker's guesses. */
	static final int MIN_SCORE = 3;

	private final Zxcvbn zxcvbn = new Zxcvbn();

	/**
	 * @param personal the person's name, e-mail address and other words a guesser would try first
	 * @return the message code of the problem, empty if the password is acceptable
	 */
	public Optional<String> problem(@Nullable String password, String... personal) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("password.tooLong");
		}
		var inputs = new ArrayList<String>(List.of("lapor", "sp4n", "pengaduan", "indonesia"));
		for (var word : personal) {
			if (word != null && !word.isBlank()) {
				inputs.add(word.toLowerCase(Locale.ROOT));
				inputs.addAll(List.of(word.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")));
			}
		}
		return zxcvbn.measure(password, inputs).getScore() < MIN_SCORE ? Optional.of("password.guessable")
				: Optional.empty();
	}
}

package id.lapor.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TotpTests {

	/** RFC 6238, appendix B (SHA-1), last six of the eight digits. */
	private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@Test
	void codesMatchTheRfcTestVectors() {
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
		assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
	}

	@Test
	void aCodeIsValidOneStepEitherSideAndOnlyAfterTheLastUsedStep() {
		var now = Instant.ofEpochSecond(1111111109);
		var step = Totp.step(now);

		assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, 0)).hasValue(step - 1);
		assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, 0)).hasValue(step + 1);
		assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, 0)).isEmpty();
		assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step), now, step)).isEmpty();
		assertThat(Totp.match(RFC_SECRET, "12a456", now, 0)).isEmpty();
	}

	@Test
	void base32FollowsRfc4648() {
		assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(Base32.encode("fooba".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTB");
		assertThat(Base32.decode("mzxw 6ytb oi======")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
		var random = Totp.newSecret();
		assertThat(Base32.decode(Base32.encode(random))).isEqualTo(random);
	}
}

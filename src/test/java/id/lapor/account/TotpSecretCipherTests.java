package id.lapor.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import id.lapor.system.ApplicationKeys;
import id.lapor.system.EmbeddedDatabaseProperties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class TotpSecretCipherTests {

	@TempDir Path data;

	@Test
	void aSecretDecryptsOnlyForItsAccount() {
		var cipher = new TotpSecretCipher(new SecondFactorProperties(null), new ApplicationKeys(new MockEnvironment(),
				new EmbeddedDatabaseProperties(data.resolve("postgres"), 0, true)));
		var secret = Totp.newSecret();
		var account = UUID.randomUUID();

		var sealed = cipher.encrypt(account, secret);
		assertThat(cipher.decrypt(account, sealed)).isEqualTo(secret);
		assertThat(cipher.encrypt(account, secret)).isNotEqualTo(sealed);
		assertThatIllegalStateException().isThrownBy(() -> cipher.decrypt(UUID.randomUUID(), sealed));
	}

	@Test
	void theEmbeddedDatabaseKeepsItsGeneratedKeyAcrossRestarts() throws Exception {
		var embedded = new EmbeddedDatabaseProperties(data.resolve("postgres"), 0, false);
		var account = UUID.randomUUID();
		var sealed = new TotpSecretCipher(new SecondFactorProperties(null),
				new ApplicationKeys(new MockEnvironment(), embedded))
				.encrypt(account, new byte[] { 1, 2, 3 });

		assertThat(Files.exists(data.resolve("postgres-totp.key"))).isTrue();
		assertThat(new TotpSecretCipher(new SecondFactorProperties(null),
				new ApplicationKeys(new MockEnvironment(), embedded))
				.decrypt(account, sealed)).containsExactly(1, 2, 3);
	}

	@Test
	void anExternalDatabaseNeedsAConfiguredKey() {
		var external = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/lapor");
		var embedded = new EmbeddedDatabaseProperties(data.resolve("postgres"), 0, false);

		var keys = new ApplicationKeys(external, embedded);

		assertThatIllegalStateException().isThrownBy(() -> new TotpSecretCipher(new SecondFactorProperties(null), keys))
				.withMessageContaining("LAPOR_SECURITY_TOTP_KEY");
		assertThatIllegalStateException().isThrownBy(() -> new TotpSecretCipher(new SecondFactorProperties("c2hvcnQ="),
				keys)).withMessageContaining("32 bytes");
		new TotpSecretCipher(new SecondFactorProperties("mtXTrYMTktS28ZsPGU8+Oab3MYmL9+R456RgqAzT3mI="), keys);
		assertThat(Files.exists(data.resolve("postgres-totp.key"))).isFalse();
	}
}

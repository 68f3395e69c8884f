package id.lapor.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The application's secret keys (32 random bytes each, configured in Base64). With an external database every key
 * must be configured; only the embedded development database gets generated ones, kept beside its data directory so
 * they survive restarts (lose one and the other is of no use either). A throw-away database gets throw-away keys.
 */
@Component
public class ApplicationKeys {

	private static final Logger LOG = LoggerFactory.getLogger(ApplicationKeys.class);
	private static final int KEY_BYTES = 32;
	private static final SecureRandom RANDOM = new SecureRandom();

	private final Environment environment;
	private final EmbeddedDatabaseProperties embeddedDatabase;

	public ApplicationKeys(Environment environment, EmbeddedDatabaseProperties embeddedDatabase) {
		this.environment = environment;
		this.embeddedDatabase = embeddedDatabase;
	}

	/**
	 * The key of one purpose.
	 *
	 * @param configured the configured value (Base64), if any
	 * @param property the property that configures it, e.g. {@code lapor.security.totp-key}
	 * @param variable the environment variable that sets the property, e.g. {@code LAPOR_SECURITY_TOTP_KEY}
	 * @param purpose what the key protects, for the operator who has to set it
	 * @param name the file name suffix of the development key, e.g. {@code totp}
	 */
	public byte[] key(@Nullable String configured, String property, String variable, String purpose, String name) {

		if (StringUtils.hasText(configured)) {
			byte[] bytes;
			try {
				bytes = Base64.getDecoder().decode(configured.strip());
			} catch (IllegalArgumentException e) {
				bytes = new byte[0];
			}
			if (bytes.length != KEY_BYTES) {
				throw new IllegalStateException(property + " must be 32 bytes in Base64 (openssl rand -base64 32)");
			}
			return bytes;
		}
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			throw new IllegalStateException("Set " + variable + " (" + property + ") to 32 random bytes in Base64, e.g. "
					+ "from 'openssl rand -base64 32'; it " + purpose);
		}
		if (embeddedDatabase.ephemeral()) {
			return randomKey();
		}
		return developmentKey(embeddedDatabase.dataDirectory().toAbsolutePath(), name, variable);
	}

	private static byte[] developmentKey(Path dataDirectory, String name, String variable) {
		var file = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-" + name + ".key");
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
			LOG.warn("Generated a development key in {} (embedded database only; set {} in production)", file,
					variable);
			return key;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] randomKey() {
		var key = new byte[KEY_BYTES];
		RANDOM.nextBytes(key);
		return key;
	}
}

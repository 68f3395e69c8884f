package id.lapor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.beans.factory.annotation.Value;

/**
 * Reads the e-mails the application wrote to its outbox folder (tests have no SMTP server).
 */
@TestComponent
public class TestMailbox {

	private static final Pattern LINK = Pattern.compile("https?://\\S+?[?&]token=([A-Za-z0-9_-]+)");

	private final Path outbox;

	TestMailbox(@Value("${lapor.notification.outbox}") Path outbox) {
		this.outbox = outbox;
	}

	/** Every mail to the address, oldest first. */
	public List<String> mailsTo(String address) {
		if (!Files.isDirectory(outbox)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(outbox)) {
			return files.sorted(java.util.Comparator.comparing(TestMailbox::modified).thenComparing(Path::toString))
					.map(TestMailbox::read)
					.filter(mail -> mail.contains("\r\nTo: " + address + "\r\n"))
					.toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The token of the last link in the newest mail to the address that has one. */
	public String lastToken(String address) {
		var mails = mailsTo(address);
		for (int i = mails.size() - 1; i >= 0; i--) {
			var matcher = LINK.matcher(mails.get(i));
			String token = null;
			while (matcher.find()) {
				token = matcher.group(1);
			}
			if (token != null) {
				return token;
			}
		}
		throw new AssertionError("No mail with a link to " + address);
	}

	private static java.nio.file.attribute.FileTime modified(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

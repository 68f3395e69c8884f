package id.lapor.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import id.lapor.system.Mailer;

/**
 * Writes e-mails as {@code .eml} files into a folder instead of sending them: the default without SMTP, so a
 * development machine never mails real people.
 */
class OutboxMailer implements Mailer {

	private final NotificationProperties properties;
	private final Clock clock;

	OutboxMailer(NotificationProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void send(Mail mail) {
		var now = ZonedDateTime.now(clock);
		var file = properties.outbox().resolve(now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
				+ UUID.randomUUID() + ".eml");
		var message = "From: " + properties.from() + "\r\n"
				+ "To: " + mail.to() + "\r\n"
				+ "Date: " + now.format(DateTimeFormatter.RFC_1123_DATE_TIME) + "\r\n"
				+ "Subject: " + mail.subject() + "\r\n"
				+ "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
				+ mail.text() + "\r\n";
		try {
			Files.createDirectories(properties.outbox());
			Files.writeString(file, message, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException("Could not write the e-mail to the outbox " + properties.outbox(), e);
		}
	}
}

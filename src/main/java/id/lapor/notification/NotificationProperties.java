package id.lapor.notification;

import java.net.URI;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where notifications go.
 *
 * @param from the sender of e-mails
 * @param baseUrl the public address of the application, for links in messages
 * @param outbox where e-mails are written as {@code .eml} files when no SMTP server is configured
 * @param smsUrl an HTTP SMS gateway ({@code POST} of {@code {"to","text"}} as JSON); without it SMS are logged
 */
@ConfigurationProperties("lapor.notification")
record NotificationProperties(
		@DefaultValue("LAPOR! <no-reply@lapor.invalid>") String from,
		@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("data/outbox") Path outbox,
		@Nullable URI smsUrl) {
}

package id.lapor.notification;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where notifications go, and how hard they are tried.
 *
 * @param from the sender of e-mails
 * @param baseUrl the public address of the application, for links in messages
 * @param outbox where e-mails are written as {@code .eml} files when no SMTP server is configured
 * @param smsUrl an HTTP SMS gateway ({@code POST} of {@code {"to","text"}} as JSON); without it SMS are logged
 * @param maxAttempts attempts per message before it is given up
 * @param retryAfter the first back-off after a failed attempt; it doubles with each further one (at most six hours)
 * @param resubmitAfter how old an event whose listener did not finish must be before the retry job replays it
 * @param senders how many messages are sent at the same time by one instance
 * @param lease how long a claim on a message being sent lasts: longer than any SMTP or gateway call may take (their
 *        time-outs are set below it); a message whose sender died is sent again once its claim lapsed
 */
@ConfigurationProperties("lapor.notification")
record NotificationProperties(
		@DefaultValue("LAPOR! <no-reply@lapor.invalid>") String from,
		@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("data/outbox") Path outbox,
		@Nullable URI smsUrl,
		@DefaultValue("8") int maxAttempts,
		@DefaultValue("PT1M") Duration retryAfter,
		@DefaultValue("PT1M") Duration resubmitAfter,
		@DefaultValue("4") int senders,
		@DefaultValue("PT5M") Duration lease) {
}

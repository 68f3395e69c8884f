package id.lapor.system;

/**
 * Sends an e-mail. A failure throws: a notification's message is then retried with back-off (its delivery record);
 * an account's mail (verification, password reset) is asked for again by the person.
 * <p>
 * Shared, so the account module can send its own mail without the token of a link passing through the event
 * registry. The implementations (SMTP, outbox folder) live in the notification module.
 */
public interface Mailer {

	record Mail(String to, String subject, String text) {}

	void send(Mail mail);
}

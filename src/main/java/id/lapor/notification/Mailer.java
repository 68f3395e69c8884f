package id.lapor.notification;

/**
 * Sends an e-mail. A failure throws, so the event stays unfinished in the registry and is retried.
 */
interface Mailer {

	record Mail(String to, String subject, String text) {}

	void send(Mail mail);
}

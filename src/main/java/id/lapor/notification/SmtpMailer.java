package id.lapor.notification;

import id.lapor.system.Mailer;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends e-mails through the SMTP server configured with {@code SPRING_MAIL_HOST} and friends.
 */
class SmtpMailer implements Mailer {

	private final JavaMailSender sender;
	private final NotificationProperties properties;

	SmtpMailer(JavaMailSender sender, NotificationProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	@Override
	public void send(Mail mail) {
		var message = new SimpleMailMessage();
		message.setFrom(properties.from());
		message.setTo(mail.to());
		message.setSubject(mail.subject());
		message.setText(mail.text());
		sender.send(message);
	}
}

package id.lapor.notification;

import java.time.Clock;

import id.lapor.system.Mailer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.web.client.RestClient;

/**
 * SMTP when {@code spring.mail.host} is set, else the outbox folder; an HTTP SMS gateway when
 * {@code lapor.notification.sms-url} is set, else a log line.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	@Bean
	Mailer mailer(ObjectProvider<JavaMailSender> sender, NotificationProperties properties, Clock clock) {
		var smtp = sender.getIfAvailable();
		return smtp == null ? new OutboxMailer(properties, clock) : new SmtpMailer(smtp, properties);
	}

	@Bean
	SmsGateway smsGateway(NotificationProperties properties, ObjectProvider<RestClient.Builder> builder) {
		var url = properties.smsUrl();
		return url == null ? new LoggingSmsGateway() : new HttpSmsGateway(builder.getIfAvailable(RestClient::builder), url);
	}
}

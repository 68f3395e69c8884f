package id.lapor.account;

import java.util.Locale;

import id.lapor.system.Mailer;
import id.lapor.system.Mailer.Mail;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The account's own mail: links to verify an address or reset a password, and the notice that somebody tried to
 * register an address that already has an account. Sent directly, not through the event registry, so the link's
 * token is never stored anywhere.
 */
@Component
class AccountMails {

	private final Mailer mailer;
	private final MessageSource messages;
	private final AccountProperties properties;

	AccountMails(Mailer mailer, MessageSource messages, AccountProperties properties) {
		this.mailer = mailer;
		this.messages = messages;
		this.properties = properties;
	}

	void verification(Account account, String token, Locale locale) {
		send(account.getEmail(), "verify", locale, account.getFullName(), link("/register/verify", token),
				properties.verificationValidity().toHours());
	}

	void alreadyRegistered(Account account, Locale locale) {
		send(account.getEmail(), "registered", locale, account.getFullName(), link("/password/forgot", null));
	}

	void passwordReset(Account account, String token, Locale locale) {
		send(account.getEmail(), "reset", locale, account.getFullName(), link("/password/reset", token),
				properties.resetValidity().toMinutes());
	}

	void passwordChanged(Account account, Locale locale) {
		send(account.getEmail(), "changed", locale, account.getFullName(), link("/password/forgot", null));
	}

	private void send(String to, String kind, Locale locale, Object... arguments) {
		mailer.send(new Mail(to, messages.getMessage("mail.account." + kind + ".subject", null, locale),
				messages.getMessage("mail.account." + kind + ".text", arguments, locale)));
	}

	private String link(String path, @org.jspecify.annotations.Nullable String token) {
		var builder = UriComponentsBuilder.fromUriString(properties.baseUrl()).path(path);
		if (token != null) {
			builder.queryParam("token", token);
		}
		return builder.build().toUriString();
	}
}

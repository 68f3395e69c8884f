package id.lapor.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of accounts.
 *
 * @param baseUrl the public address of the application for the links in account mail (by default the one of
 * {@code lapor.notification.base-url}); configured, never taken from
 * a request's Host header, which a caller could forge to send a reset link to their own server
 * @param verificationValidity how long a link that verifies an e-mail address works
 * @param resetValidity how long a password reset link works
 */
@ConfigurationProperties("lapor.accounts")
record AccountProperties(
		@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("48h") Duration verificationValidity,
		@DefaultValue("1h") Duration resetValidity) {
}

package id.lapor.account;

import java.time.Duration;

import id.lapor.system.RateLimitProperties;

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
 * @param loginPerAccount sign-in attempts per e-mail address (known or not, so the answer tells nothing), from any
 * number of addresses; a successful sign-in starts afresh
 * @param loginPerAddress sign-in attempts per client IP address, whatever e-mail addresses it tries
 */
@ConfigurationProperties("lapor.accounts")
record AccountProperties(
		@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("48h") Duration verificationValidity,
		@DefaultValue("1h") Duration resetValidity,
		@DefaultValue("10 per 15m") RateLimitProperties.Rate loginPerAccount,
		@DefaultValue("100 per 15m") RateLimitProperties.Rate loginPerAddress) {
}

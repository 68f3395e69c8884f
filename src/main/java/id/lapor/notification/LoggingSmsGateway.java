package id.lapor.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs SMS instead of sending them, when no gateway is configured; phone numbers are shortened in the log.
 */
class LoggingSmsGateway implements SmsGateway {

	private static final Logger LOG = LoggerFactory.getLogger(LoggingSmsGateway.class);

	@Override
	public void send(String phone, String text) {
		var shown = phone.length() > 4 ? "…" + phone.substring(phone.length() - 4) : phone;
		LOG.info("SMS (not sent, no gateway configured) to {}: {}", shown, text);
	}
}

package id.lapor.notification;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A message a notification is to send, before it is stored as a delivery.
 *
 * @param eventKey identifies the occurrence of the event (with the recipient and channel: the message, once)
 * @param recipient {@link #REPORTER} or a staff member's account id
 */
record Message(String eventKey, String recipient, Delivery.Channel channel, @Nullable UUID reportId,
		@Nullable String reportNumber, String address,
		@Nullable String subject, String text) {

	static final String REPORTER = "reporter";
}

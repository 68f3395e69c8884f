package id.lapor.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One message of a notification as staff see it: to whom (a reporter is only ever "the reporter"), by which channel,
 * and whether it went out.
 *
 * @param recipient the staff member's e-mail address, or {@code null} for the reporter
 * @param lastError why the last attempt failed (a reporter's address is blanked out of it)
 * @param reportNumber the tracking number the message is about, or {@code null} (a reprimand)
 */
public record Delivery(long id, @Nullable String recipient, Channel channel, State state, int attempts,
		@Nullable String lastError, Instant createdAt, @Nullable Instant sentAt, @Nullable String reportNumber) {

	public enum Channel {
		EMAIL, SMS
	}

	public enum State {
		/** Waiting for its first attempt. */
		PENDING,
		/** Claimed by an instance that is sending it now. */
		SENDING,
		SENT,
		/** The last attempt failed; tried again after a back-off. */
		FAILED,
		/** Every attempt failed. */
		GIVEN_UP
	}

	public boolean toReporter() {
		return recipient == null;
	}
}

package id.lapor.notification;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import id.lapor.system.Mailer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Sends claimed messages, outside any database transaction, and records each outcome: sent, or failed with a
 * back-off that doubles from {@code lapor.notification.retry-after} until {@code max-attempts}, then given up.
 * New messages are sent at once on a small bounded executor; when it is full they wait for the retry job.
 */
@Component
class DeliverySender implements DisposableBean {

	private static final Logger LOG = LoggerFactory.getLogger(DeliverySender.class);
	private static final Duration LONGEST_BACK_OFF = Duration.ofHours(6);

	private final Deliveries deliveries;
	private final Mailer mailer;
	private final SmsGateway sms;
	private final NotificationProperties properties;
	/** Not the application's task executor: a slow mail server must not hold up the event listeners. */
	private final ThreadPoolExecutor executor;

	DeliverySender(Deliveries deliveries, Mailer mailer, SmsGateway sms, NotificationProperties properties) {
		this.deliveries = deliveries;
		this.mailer = mailer;
		this.sms = sms;
		this.properties = properties;
		this.executor = new ThreadPoolExecutor(properties.senders(), properties.senders(), 1, TimeUnit.MINUTES,
				new ArrayBlockingQueue<>(1000), Thread.ofPlatform().name("delivery-", 0).daemon().factory());
		this.executor.allowCoreThreadTimeOut(true);
	}

	/**
	 * On shutdown, messages being sent finish; queued ones have claimed nothing yet and stay pending for the retry
	 * job of any instance.
	 */
	@Override
	public void destroy() throws InterruptedException {
		executor.getQueue().clear();
		executor.shutdown();
		executor.awaitTermination(10, TimeUnit.SECONDS);
	}

	/** Sends these new messages soon; if the executor is saturated, the retry job sends them. */
	void sendSoon(List<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		try {
			executor.execute(() -> send(ids));
		} catch (RejectedExecutionException e) {
			LOG.debug("Delivery executor full; {} messages left to the retry job", ids.size());
		}
	}

	/** Sends the given messages if nobody else claimed them. */
	void send(Collection<Long> ids) {
		deliveries.claim(ids, properties.lease()).forEach(this::attempt);
	}

	/** Sends what is due (failed messages after their back-off, lapsed claims), in batches; returns how many. */
	int sendDue(int batch) {
		int total = 0;
		List<Deliveries.Claimed> claimed;
		do {
			claimed = deliveries.claimDue(batch, properties.lease());
			claimed.forEach(this::attempt);
			total += claimed.size();
		} while (claimed.size() == batch);
		return total;
	}

	private void attempt(Deliveries.Claimed message) {
		try {
			if (message.address() == null) {
				throw new IllegalStateException("no address");
			}
			switch (message.channel()) {
				case EMAIL -> mailer.send(new Mailer.Mail(message.address(),
						message.subject() == null ? "" : message.subject(), message.text()));
				case SMS -> sms.send(message.address(), message.text());
			}
		} catch (RuntimeException e) {
			var error = describe(e, message);
			var retryAfter = retryAfter(message.attempts());
			LOG.warn("Delivery {} failed (attempt {}{}): {}", message.id(), message.attempts(),
					retryAfter == null ? ", given up" : "", error);
			deliveries.failed(message.id(), error, retryAfter);
			return;
		}
		deliveries.sent(message.id());
	}

	/** 1, 2, 4, … times the first back-off, at most six hours; {@code null} once every attempt is used. */
	@Nullable Duration retryAfter(int attempts) {
		if (attempts >= properties.maxAttempts()) {
			return null;
		}
		var backOff = properties.retryAfter().multipliedBy(1L << Math.min(attempts - 1, 20));
		return backOff.compareTo(LONGEST_BACK_OFF) > 0 ? LONGEST_BACK_OFF : backOff;
	}

	/** The failure in a line, without a reporter's address (the national administrator reads it). */
	private static String describe(RuntimeException e, Deliveries.Claimed message) {
		var text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
		if (message.toReporter() && message.address() != null) {
			text = text.replace(message.address(), "…");
		}
		return text.length() > 500 ? text.substring(0, 500) : text;
	}
}

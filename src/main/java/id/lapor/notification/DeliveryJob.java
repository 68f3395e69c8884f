package id.lapor.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The retries, on one instance at a time: messages whose back-off is over (or whose sender died) are sent again, and
 * events whose listener never finished (an instance was killed, the database was away) are handed to their listeners
 * again. Replaying an event is harmless: its messages are stored once per occurrence and sent once.
 */
@Component
class DeliveryJob {

	private static final Logger LOG = LoggerFactory.getLogger(DeliveryJob.class);
	private static final int BATCH = 100;

	private final DeliverySender sender;
	private final IncompleteEventPublications publications;
	private final NotificationProperties properties;

	DeliveryJob(DeliverySender sender, IncompleteEventPublications publications, NotificationProperties properties) {
		this.sender = sender;
		this.publications = publications;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${lapor.notification.retry-interval:PT30S}", initialDelayString = "PT5S")
	@SchedulerLock(name = "delivery-retries", lockAtMostFor = "PT10M")
	void retry() {
		publications.resubmitIncompletePublicationsOlderThan(properties.resubmitAfter());
		int sent = sender.sendDue(BATCH);
		if (sent > 0) {
			LOG.info("Retried {} notification messages", sent);
		}
	}
}

package id.lapor.report;

import java.time.Clock;
import java.time.Instant;

import id.lapor.files.FileStorage;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes uploads never sent with a report or a message once they are older than
 * {@code lapor.attachments.pending.lifetime} (24 hours): the rows, then the stored files. Runs every hour on one
 * application instance at a time (ShedLock on PostgreSQL), in batches. Should the process stop between the two, a
 * file without a row is left in the storage, never a row without a file.
 */
@Component
class PendingAttachmentsPurgeJob {

	private static final Logger LOG = LoggerFactory.getLogger(PendingAttachmentsPurgeJob.class);
	static final int BATCH = 200;

	private final Attachments attachments;
	private final FileStorage storage;
	private final Clock clock;

	PendingAttachmentsPurgeJob(Attachments attachments, FileStorage storage, Clock clock) {
		this.attachments = attachments;
		this.storage = storage;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${lapor.jobs.attachment-purge-interval:PT1H}", initialDelayString = "PT3M")
	@SchedulerLock(name = "purge-pending-attachments", lockAtMostFor = "PT30M")
	void purgeExpiredUploads() {
		purge(clock.instant());
	}

	/** @return how many uploads were deleted */
	int purge(Instant now) {
		int purged = 0;
		int deleted;
		do {
			var keys = attachments.deleteExpiredPending(now, BATCH);
			deleted = keys.size();
			for (var key : keys) {
				try {
					storage.delete(key);
				} catch (RuntimeException e) {
					LOG.warn("Could not delete the stored file {} of a purged upload", key, e);
				}
			}
			purged += deleted;
		} while (deleted == BATCH);
		if (purged > 0) {
			LOG.info("Deleted {} uploads that were never sent", purged);
		}
		return purged;
	}
}

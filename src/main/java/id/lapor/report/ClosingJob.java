package id.lapor.report;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes answered reports whose reporter did not reply within the window. Runs every few minutes on one
 * application instance at a time (ShedLock on PostgreSQL), in batches, through {@link ReportDeadlines#closeExpired}.
 */
@Component
class ClosingJob {

	private static final Logger LOG = LoggerFactory.getLogger(ClosingJob.class);
	static final int BATCH = 200;

	private final ReportDeadlines deadlines;
	private final Clock clock;

	ClosingJob(ReportDeadlines deadlines, Clock clock) {
		this.deadlines = deadlines;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${lapor.jobs.closing-interval:PT5M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "close-answered-reports", lockAtMostFor = "PT10M")
	void closeAnsweredReports() {
		int closed;
		do {
			closed = deadlines.closeExpired(clock.instant(), BATCH);
			if (closed > 0) {
				LOG.info("Closed {} answered reports after their reporters' window", closed);
			}
		} while (closed == BATCH);
	}
}

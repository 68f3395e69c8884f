package id.lapor.report;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds bodies of near deadlines and escalates missed ones, every {@code lapor.sla.interval}. Every reminder and
 * escalation is recorded in the report's history and published as an event for notifications. It sits next to
 * {@link ClosingJob} in this module because deadlines are the report's own state (see {@link ReportDeadlines}); its
 * settings ({@link SlaProperties}) keep the {@code lapor.sla} prefix they had when it was a module of its own.
 */
@Component
class DeadlineWatchJob {

	private static final Logger LOG = LoggerFactory.getLogger(DeadlineWatchJob.class);
	static final int BATCH = 200;

	private final ReportDeadlines deadlines;
	private final SlaProperties properties;
	private final Clock clock;
	private final int batch;

	@Autowired
	DeadlineWatchJob(ReportDeadlines deadlines, SlaProperties properties, Clock clock) {
		this(deadlines, properties, clock, BATCH);
	}

	DeadlineWatchJob(ReportDeadlines deadlines, SlaProperties properties, Clock clock, int batch) {
		this.deadlines = deadlines;
		this.properties = properties;
		this.clock = clock;
		this.batch = batch;
	}

	@Scheduled(fixedDelayString = "${lapor.sla.interval:PT15M}", initialDelayString = "PT2M")
	@SchedulerLock(name = "watch-deadlines", lockAtMostFor = "PT14M")
	void watch() {
		// Page after page in deadline order until a page comes back short: a page in which nothing was due to change
		// (escalations waiting for the national level) does not end the sweep.
		var reminders = ReportDeadlines.Sweep.start();
		int reminded = 0;
		do {
			reminders = deadlines.sendReminders(clock.instant(), properties.reminderWorkingDays(), batch, reminders);
			reminded += reminders.changed();
		} while (reminders.examined() == batch);
		log("Reminded {} reports of a near deadline", reminded);

		var escalations = ReportDeadlines.Sweep.start();
		int escalated = 0;
		do {
			escalations = deadlines.escalateOverdue(clock.instant(), properties.nationalEscalationWorkingDays(), batch,
					escalations);
			escalated += escalations.changed();
		} while (escalations.examined() == batch);
		log("Escalated {} reports past their deadline", escalated);
	}

	private static void log(String message, int count) {
		if (count > 0) {
			LOG.info(message, count);
		}
	}
}

package id.lapor.statistics;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds the logged changes into the statistics rollups: every 5 minutes (by default) recomputes the months (with their
 * days) whose reports changed, and counts the overdue reports by body again. Statistics read the changes logged since
 * on top of the rollups (and the deadlines passed since live), so the interval only decides how much is read that way,
 * never what the figures are.
 */
@Component
class RollupJob {

	private static final Logger LOG = LoggerFactory.getLogger(RollupJob.class);

	private final ReportRollup rollup;
	private final OverdueRollup overdue;

	RollupJob(ReportRollup rollup, OverdueRollup overdue) {
		this.rollup = rollup;
		this.overdue = overdue;
	}

	@Scheduled(fixedDelayString = "${lapor.statistics.rollup-interval:PT5M}", initialDelayString = "PT20S")
	@SchedulerLock(name = "statistics-rollup", lockAtMostFor = "PT30M")
	void refresh() {
		try {
			var started = System.nanoTime();
			var refreshed = rollup.refreshAll();
			if (refreshed.months() > 0 || refreshed.years() > 0) {
				LOG.info("Statistics rollup: {} months recomputed, {} years built ({} rows) in {} ms",
						refreshed.months(), refreshed.years(), refreshed.rows(),
						(System.nanoTime() - started) / 1_000_000);
			}
		} finally {
			// Whatever became of the monthly refresh: the overdue one keeps its log and the live part short.
			var started = System.nanoTime();
			var rows = overdue.refresh();
			LOG.debug("Overdue rollup: {} rows in {} ms", rows, (System.nanoTime() - started) / 1_000_000);
		}
	}
}

package id.lapor.report;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds the logged changes into the statistics rollups: every 5 minutes (by default) recomputes the months (with their
 * days) whose reports changed. Statistics read the changes logged since on top of the rollups, so the interval only
 * decides how many changes are read that way, never what the figures are.
 */
@Component
class RollupJob {

	private static final Logger LOG = LoggerFactory.getLogger(RollupJob.class);

	private final ReportRollup rollup;

	RollupJob(ReportRollup rollup) {
		this.rollup = rollup;
	}

	@Scheduled(fixedDelayString = "${lapor.statistics.rollup-interval:PT5M}", initialDelayString = "PT20S")
	@SchedulerLock(name = "statistics-rollup", lockAtMostFor = "PT30M")
	void refresh() {
		var started = System.nanoTime();
		var refreshed = rollup.refreshAll();
		if (refreshed.months() > 0 || refreshed.years() > 0) {
			LOG.info("Statistics rollup: {} months recomputed, {} years built ({} rows) in {} ms", refreshed.months(),
					refreshed.years(), refreshed.rows(), (System.nanoTime() - started) / 1_000_000);
		}
	}
}

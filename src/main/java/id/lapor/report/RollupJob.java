package id.lapor.report;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the statistics rollups current: every 30 seconds (by default) recomputes the months (with their days) whose
 * reports changed. Statistics count what is dirty from the reports until then, so the interval only trades speed,
 * never correctness.
 */
@Component
class RollupJob {

	private static final Logger LOG = LoggerFactory.getLogger(RollupJob.class);

	private final ReportRollup rollup;

	RollupJob(ReportRollup rollup) {
		this.rollup = rollup;
	}

	@Scheduled(fixedDelayString = "${lapor.statistics.rollup-interval:PT30S}", initialDelayString = "PT20S")
	@SchedulerLock(name = "statistics-rollup", lockAtMostFor = "PT30M")
	void refresh() {
		var started = System.nanoTime();
		var refreshed = rollup.refreshAll();
		if (refreshed.months() > 0) {
			LOG.info("Statistics rollup: {} months recomputed ({} rows) in {} ms", refreshed.months(), refreshed.rows(),
					(System.nanoTime() - started) / 1_000_000);
		}
	}
}

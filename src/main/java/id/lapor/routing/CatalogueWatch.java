package id.lapor.routing;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import id.lapor.agency.AgencyCatalogue;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Catalogue changes made on another instance: every {@code lapor.routing.catalogue-check} this instance reads the
 * catalogue's version (one row) and, when it moved, drops its routing model, which the next decision rebuilds. The
 * {@link CatalogueListener} reloads at once for changes made here; this covers the others within seconds. The same
 * look rebuilds the {@link RoutingLearner}'s index when another instance stored a correction.
 * <p>
 * Every instance keeps its own model, so every instance looks: this is no cluster job, hence its own thread instead
 * of {@code @Scheduled}, not behind ShedLock and not switched off by {@code lapor.jobs.enabled}.
 */
@Component
class CatalogueWatch implements SmartLifecycle {

	private static final Logger LOG = LoggerFactory.getLogger(CatalogueWatch.class);

	private final AgencyCatalogue catalogue;
	private final RoutingService routing;
	private final RoutingProperties properties;
	private final RoutingLearner learner;
	private @Nullable ScheduledExecutorService executor;
	/** The version the model was last dropped for; none at first, so that the first look drops it. */
	private @Nullable Long seen;

	CatalogueWatch(AgencyCatalogue catalogue, RoutingService routing, RoutingProperties properties,
			RoutingLearner learner) {
		this.learner = learner;
		this.catalogue = catalogue;
		this.routing = routing;
		this.properties = properties;
	}

	/** Reloads the routing model when the catalogue's version differs from the one last seen. */
	void check() {
		try {
			var current = catalogue.version();
			if (seen == null || seen != current) {
				// A model built before this look may predate the change: drop it rather than compare how it was built.
				routing.reload();
				seen = current;
			}
			// Corrections stored by another instance: the learner's index is rebuilt when they changed.
			learner.refresh();
		} catch (RuntimeException e) {
			// The database away for a moment: the next look tries again (a thrown exception would end the schedule).
			LOG.warn("Could not read the catalogue's version: {}", e.toString());
		}
	}

	@Override
	public synchronized void start() {
		var interval = properties.catalogueCheck();
		if (interval.isZero() || interval.isNegative() || executor != null) {
			return;
		}
		executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("catalogue-watch").daemon()
				.factory());
		executor.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (executor != null) {
			executor.shutdownNow();
			executor = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return executor != null;
	}
}

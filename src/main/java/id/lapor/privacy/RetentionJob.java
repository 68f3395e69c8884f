package id.lapor.privacy;

import java.time.Clock;
import java.time.ZoneOffset;

import id.lapor.report.ReporterAnonymisation;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a night, on one instance: unlinks the reports whose retention period ended from their reporters, and forgets
 * handled events between modules older than their retention.
 */
@Component
class RetentionJob {

	private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);
	static final int BATCH = 500;

	private final ReporterAnonymisation reports;
	private final CompletedEventPublications events;
	private final PrivacyProperties properties;
	private final Clock clock;

	RetentionJob(ReporterAnonymisation reports, CompletedEventPublications events, PrivacyProperties properties,
			Clock clock) {
		this.reports = reports;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "${lapor.privacy.cron:0 30 1 * * *}", zone = "Asia/Jakarta")
	@SchedulerLock(name = "privacy-retention", lockAtMostFor = "PT1H")
	void applyRetention() {
		var cutoff = clock.instant().atZone(ZoneOffset.UTC).minus(properties.reportRetention()).toInstant();
		int total = 0;
		int anonymised;
		do {
			anonymised = reports.anonymiseFinishedBefore(cutoff, BATCH);
			total += anonymised;
		} while (anonymised == BATCH);
		if (total > 0) {
			LOG.info("Anonymised {} reports finished before {}", total, cutoff);
		}
		events.deletePublicationsOlderThan(properties.eventRetention());
	}
}

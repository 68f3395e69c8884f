package id.lapor.report;

import java.util.UUID;

import id.lapor.account.PlaceholderAccounts;
import id.lapor.audit.AuditAction;
import id.lapor.audit.AuditLog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the anonymous reports stored before identities were sealed (migration V33), a batch per transaction, when
 * the application starts. Instances that start together share the work ({@code skip locked}).
 */
@Component
class LegacyReporterSealing {

	private static final Logger LOG = LoggerFactory.getLogger(LegacyReporterSealing.class);
	private static final int BATCH = 500;

	private final JdbcClient jdbc;
	private final IdentitySeal identities;
	private final ReporterRecords records;
	private final AuditLog audit;
	private final TransactionTemplate transactions;

	LegacyReporterSealing(JdbcClient jdbc, IdentitySeal identities, ReporterRecords records, AuditLog audit,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.identities = identities;
		this.records = records;
		this.audit = audit;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	void sealAll() {
		var total = 0;
		int sealed;
		do {
			sealed = sealBatch();
			total += sealed;
		} while (sealed == BATCH);
		if (total > 0) {
			LOG.info("Sealed the reporters of {} anonymous reports stored before identities were sealed", total);
		}
	}

	/** Seals up to one batch; how many it sealed. */
	int sealBatch() {
		return transactions.execute(status -> {
			record Unsealed(UUID id, UUID reporterId) {
			}
			// The placeholders as literals, as in the partial index of migration V34 that this query reads.
			var reports = jdbc.sql("""
					select id, reporter_id from reports
					where anonymous and reporter_seal is null and reporter_id not in ('%s', '%s')
					limit ? for update skip locked""".formatted(PlaceholderAccounts.ANONYMISED_REPORTER,
							PlaceholderAccounts.SEALED_REPORTER))
					.params(BATCH)
					.query(Unsealed.class).list();
			if (reports.isEmpty()) {
				return 0;
			}
			records.rename(reports.stream().map(Unsealed::id).toList(), PlaceholderAccounts.SEALED_REPORTER);
			for (var report : reports) {
				jdbc.sql("update reports set reporter_id = ?, reporter_seal = ?, reporter_index = ? where id = ?")
						.params(PlaceholderAccounts.SEALED_REPORTER, identities.seal(report.id(), report.reporterId()),
								identities.index(report.reporterId()), report.id())
						.update();
			}
			audit.record(AuditAction.IDENTITY_SEALED, null, reports.size() + " reports", "stored before V33");
			return reports.size();
		});
	}
}

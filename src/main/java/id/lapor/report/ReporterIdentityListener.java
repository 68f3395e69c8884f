package id.lapor.report;

import jakarta.persistence.PostLoad;

/**
 * Opens the sealed reporter of every report loaded, so the application works with the real reporter (to let them
 * follow their report, to mail them) while the database holds only the seal. Hibernate creates it through Spring,
 * which supplies the seal.
 */
class ReporterIdentityListener {

	private final IdentitySeal seal;

	ReporterIdentityListener(IdentitySeal seal) {
		this.seal = seal;
	}

	@PostLoad
	void open(Report report) {
		report.openReporter(seal);
	}
}

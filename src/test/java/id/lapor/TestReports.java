package id.lapor;

import java.time.LocalDate;
import java.util.UUID;

import id.lapor.report.Classification;
import id.lapor.report.ReportContent;
import id.lapor.report.ReportManagement;
import id.lapor.report.TrackingNumber;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Submits reports the way the citizen's form does, for tests that start later in the journey.
 */
@Component
public class TestReports {

	private final ReportManagement reports;
	private final UserDetailsService users;

	TestReports(ReportManagement reports, UserDetailsService users) {
		this.reports = reports;
		this.users = users;
	}

	/** A KTP complaint from Kota Makassar; it goes to dukcapil-73.71. */
	public TrackingNumber ktpComplaint(String reporterEmail, boolean anonymous, boolean confidential) {
		return submit(reporterEmail, "73.71", "kependudukan-ktp", anonymous, confidential);
	}

	public TrackingNumber submit(String reporterEmail, String regionCode, String categoryCode, boolean anonymous,
			boolean confidential) {

		var reporter = (id.lapor.account.LaporUser) users.loadUserByUsername(reporterEmail);
		var content = new ReportContent(Classification.COMPLAINT, "Blangko KTP-el habis " + UUID.randomUUID(),
				"Sudah tiga bulan blangko KTP-el habis di kantor, setiap datang hanya diberi surat keterangan.",
				regionCode, categoryCode, LocalDate.of(2026, 11, 2), "Kantor Disdukcapil", anonymous, confidential);
		return reports.submit(content, reporter.id(), UUID.randomUUID());
	}
}

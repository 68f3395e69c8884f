package id.lapor;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import id.lapor.account.AccountDirectory;
import id.lapor.account.LaporUser;
import id.lapor.account.Role;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.report.Classification;
import id.lapor.report.Outcome;
import id.lapor.report.ReportContent;
import id.lapor.report.ReportHandling;
import id.lapor.report.ReportQueries;
import id.lapor.report.ReportStatus;
import id.lapor.report.ReportSubmission;
import id.lapor.report.TrackingNumber;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Submits reports the way the citizen's form does, for tests that start later in the journey.
 */
@TestComponent
public class TestReports {

	private final ReportSubmission submission;
	private final ReportHandling handling;
	private final UserDetailsService users;
	private final TestAccounts accounts;
	private final AgencyCatalogue agencies;
	private final AccountDirectory directory;
	private final ReportQueries queries;

	TestReports(ReportSubmission submission, ReportHandling handling, UserDetailsService users, TestAccounts accounts,
			AgencyCatalogue agencies, AccountDirectory directory, ReportQueries queries) {
		this.submission = submission;
		this.handling = handling;
		this.users = users;
		this.accounts = accounts;
		this.agencies = agencies;
		this.directory = directory;
		this.queries = queries;
	}

	/** A KTP complaint from Kota Makassar; it goes to dukcapil-73.71, which gets a liaison officer if it has none. */
	public TrackingNumber ktpComplaint(String reporterEmail, boolean anonymous, boolean confidential) {
		ensureLiaison("dukcapil-73.71");
		return submit(reporterEmail, "73.71", "kependudukan-ktp", anonymous, confidential);
	}

	/** Makes sure the body has a liaison officer, so reports to it are not sent to verification. */
	public void ensureLiaison(String agencyCode) {
		var agency = agencies.findByCode(agencyCode).orElseThrow();
		if (!directory.hasActiveLiaison(agency.id())) {
			accounts.staff(Role.LIAISON, agencyCode);
		}
	}

	public TrackingNumber submit(String reporterEmail, String regionCode, String categoryCode, boolean anonymous,
			boolean confidential) {

		var reporter = (LaporUser) users.loadUserByUsername(reporterEmail);
		var content = new ReportContent(Classification.COMPLAINT, "Blangko KTP-el habis " + UUID.randomUUID(),
				"Sudah tiga bulan blangko KTP-el habis di kantor, setiap datang hanya diberi surat keterangan.",
				regionCode, categoryCode, LocalDate.of(2026, 11, 2), "Kantor Disdukcapil", anonymous, confidential, null);
		return submission.submit(content, reporter.id(), UUID.randomUUID());
	}

	/** A complaint with the given title and text, for tests that look at the words of a report. */
	public TrackingNumber submit(String reporterEmail, String regionCode, String categoryCode, String title,
			String body) {
		var reporter = (LaporUser) users.loadUserByUsername(reporterEmail);
		var content = new ReportContent(Classification.COMPLAINT, title, body, regionCode, categoryCode,
				LocalDate.of(2026, 11, 2), null, false, false, null);
		return submission.submit(content, reporter.id(), UUID.randomUUID());
	}

	/** The body's liaison officer completes the report with this outcome, as the response form does. */
	public void complete(TrackingNumber number, String liaisonEmail, Outcome outcome) {
		complete(number, liaisonEmail, outcome, "Laporan sudah kami tindak lanjuti.");
	}

	/** As {@link #complete(TrackingNumber, String, Outcome)}, answering with the given text. */
	public void complete(TrackingNumber number, String liaisonEmail, Outcome outcome, String answer) {
		var liaison = (LaporUser) users.loadUserByUsername(liaisonEmail);
		var version = queries.findForSupervision(number, Locale.ROOT).orElseThrow().version();
		handling.respond(number, liaison, version, answer, ReportStatus.COMPLETED, outcome, null);
	}
}

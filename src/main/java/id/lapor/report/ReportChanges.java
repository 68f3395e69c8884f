package id.lapor.report;

import java.util.UUID;

import id.lapor.account.LaporUser;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.agency.AgencySummary;
import id.lapor.agency.UnknownAgencyException;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the services that change a report on someone's behalf share: the check that the person saw the current
 * version, the lookup of the body a report goes to, and the files sent with a message. Runs in its caller's
 * transaction.
 */
@Component
class ReportChanges {

	private final ReportRepository reports;
	private final AgencyCatalogue agencies;
	private final Attachments attachments;

	ReportChanges(ReportRepository reports, AgencyCatalogue agencies, Attachments attachments) {
		this.reports = reports;
		this.agencies = agencies;
		this.attachments = attachments;
	}

	/**
	 * @throws ReportChangedException when someone else changed the report since {@code expectedVersion}
	 */
	static void checkVersion(Report report, long expectedVersion) {
		if (report.getVersion() != expectedVersion) {
			throw new ReportChangedException();
		}
	}

	/**
	 * @throws UnknownAgencyException when no active body has the code
	 */
	AgencySummary activeAgency(String code) {
		return agencies.findByCode(code).filter(AgencySummary::active).orElseThrow(() -> new UnknownAgencyException(code));
	}

	/** Gives the files uploaded for a message form to the message just added. */
	void attachUploads(Report report, LaporUser uploader, @Nullable UUID uploadToken) {
		if (uploadToken != null) {
			reports.flush();
			var onRecord = report.isReportedBy(uploader.id()) ? report.getReporterOnRecord() : uploader.id();
			attachments.attachPending(report.getId(), uploader.id(), onRecord, uploadToken,
					report.getResponses().getLast().getId());
		}
	}
}

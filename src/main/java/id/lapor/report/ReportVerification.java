package id.lapor.report;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.lapor.account.LaporUser;
import id.lapor.account.PlaceholderAccounts;
import id.lapor.account.Role;
import id.lapor.audit.AuditAction;
import id.lapor.audit.AuditLog;
import id.lapor.routing.CategoryCatalogue;
import id.lapor.routing.RoutingCorrected;
import id.lapor.routing.UnknownCategoryException;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.Assert;

/**
 * The national administrator's decisions: verifying, postponing or archiving the reports in the verification
 * queue, tightening a report's anonymity and confidentiality, and opening the sealed identity of an anonymous
 * reporter.
 */
@Service
@Transactional
public class ReportVerification {

	private final ReportRepository reports;
	private final CategoryCatalogue categories;
	private final ReportChanges changes;
	private final DeadlineSchedule deadlines;
	private final IdentitySeal identities;
	private final ReporterRecords reporterRecords;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ReportVerification(ReportRepository reports, CategoryCatalogue categories, ReportChanges changes,
			DeadlineSchedule deadlines, IdentitySeal identities, ReporterRecords reporterRecords, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.reports = reports;
		this.categories = categories;
		this.changes = changes;
		this.deadlines = deadlines;
		this.identities = identities;
		this.reporterRecords = reporterRecords;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The national administrator confirms or corrects category and body; the report goes to that body.
	 */
	public void verify(TrackingNumber trackingNumber, LaporUser administrator, long expectedVersion, String categoryCode,
			String targetCode, String note) {

		if (!categories.isSelectable(categoryCode)) {
			throw new UnknownCategoryException(categoryCode);
		}
		var target = changes.activeAgency(targetCode);
		var report = queuedReport(trackingNumber, administrator, expectedVersion);
		var now = clock.instant();
		report.verify(administrator.id(), administrator.requireAgencyId(), categoryCode, target.id(), note, now);
		deadlines.update(report, now);
		events.publishEvent(new ReportForwarded(report.getId(), trackingNumber, administrator.requireAgencyId(),
				target.id(), ForwardKind.DISPOSITION));
		events.publishEvent(new RoutingCorrected(report.getId(), report.getTitle(), report.getText(),
				report.getRegionCode(), target.id(), RoutingCorrected.Source.VERIFICATION));
	}

	/** The national administrator puts a report on hold (tunda). */
	public void postpone(TrackingNumber trackingNumber, LaporUser administrator, long expectedVersion, String note) {
		queuedReport(trackingNumber, administrator, expectedVersion)
				.postpone(administrator.id(), administrator.requireAgencyId(), note, clock.instant());
	}

	/**
	 * The national administrator archives a report with a reason; a duplicate names the report it repeats.
	 *
	 * @throws ReportNotFoundException when the report, or the one it duplicates, does not exist
	 */
	public void archive(TrackingNumber trackingNumber, LaporUser administrator, long expectedVersion,
			ArchiveReason reason, @Nullable TrackingNumber duplicateOf, String note) {

		var report = queuedReport(trackingNumber, administrator, expectedVersion);
		var original = duplicateOf == null ? null
				: reports.findByTrackingNumber(duplicateOf.value()).orElseThrow(ReportNotFoundException::new);
		report.archive(administrator.id(), administrator.requireAgencyId(), reason, original, note, clock.instant());
	}

	/**
	 * The national administrator hides the reporter's identity or the content; never the other way round. Each
	 * change is in the report's history (the reporter sees it) and in the audit log.
	 *
	 * @throws FlagsLoosenedException when a flag would be turned off
	 */
	public void changeFlags(TrackingNumber trackingNumber, LaporUser administrator, long expectedVersion,
			boolean anonymous, boolean confidential, String note) {

		requireAdministrator(administrator);
		var report = reports.findForChange(trackingNumber.value()).orElseThrow(ReportNotFoundException::new);
		ReportChanges.checkVersion(report, expectedVersion);
		var before = "anonymous=" + report.isAnonymous() + "→" + anonymous + ",confidential=" + report.isConfidential()
				+ "→" + confidential;
		if (anonymous && !report.isAnonymous()) {
			// The report row still names the reporter: the records naming them follow it to the sealed placeholder.
			reporterRecords.rename(List.of(report.getId()), PlaceholderAccounts.SEALED_REPORTER);
		}
		report.changeFlags(administrator.id(), administrator.requireAgencyId(), anonymous, confidential, note,
				identities, clock.instant());
		audit.record(AuditAction.REPORT_FLAGS_CHANGED, administrator.id(), trackingNumber.value(), before);
	}

	/**
	 * The national administrator opens the sealed reporter of an anonymous report, for a reason the law recognises
	 * (a court order, the reporter's own safety). The reason goes to the audit log; the identity goes nowhere else.
	 *
	 * @return the reporter's account, or empty when the report is not sealed (not anonymous, or anonymised for good)
	 */
	public Optional<UUID> unsealReporter(TrackingNumber trackingNumber, LaporUser administrator, String reason) {

		requireAdministrator(administrator);
		Assert.hasText(reason, "Opening a reporter's identity needs a reason");
		var report = reports.findByTrackingNumber(trackingNumber.value()).orElseThrow(ReportNotFoundException::new);
		if (!report.isSealed()) {
			return Optional.empty();
		}
		audit.record(AuditAction.IDENTITY_UNSEALED, administrator.id(), trackingNumber.value(), reason.strip());
		return Optional.of(report.getReporterId());
	}

	private Report queuedReport(TrackingNumber trackingNumber, LaporUser administrator, long expectedVersion) {
		requireAdministrator(administrator);
		var report = reports.findForChangeInStatus(trackingNumber.value(), Report.VERIFICATION_STATUSES)
				.orElseThrow(ReportNotFoundException::new);
		ReportChanges.checkVersion(report, expectedVersion);
		return report;
	}

	private static void requireAdministrator(LaporUser user) {
		Assert.isTrue(user.hasRole(Role.ADMIN), "Only the national administrator verifies reports");
	}
}

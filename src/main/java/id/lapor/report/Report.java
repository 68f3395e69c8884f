package id.lapor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import id.lapor.account.PlaceholderAccounts;
import id.lapor.routing.Landing;

import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * A citizen's report and its lifecycle. Every change goes through a method that checks it is allowed and appends
 * it to the history.
 */
@Entity
@Table(name = "reports")
@EntityListeners(ReporterIdentityListener.class)
class Report {

	/** The statuses a body's response can set. */
	static final Set<ReportStatus> RESPONSE_STATUSES = Set.of(ReportStatus.IN_PROGRESS, ReportStatus.COMPLETED);

	/** The statuses in the national administrator's queue. */
	static final Set<ReportStatus> VERIFICATION_STATUSES = Set.of(ReportStatus.AWAITING_VERIFICATION,
			ReportStatus.POSTPONED);

	/** The statuses in which the handling body can answer. */
	static final Set<ReportStatus> ANSWERABLE = Set.of(ReportStatus.ASSIGNED, ReportStatus.IN_PROGRESS,
			ReportStatus.REOPENED);

	/** A rating at or below this is unsatisfied and lets the reporter reopen once. */
	static final int UNSATISFIED = 2;

	/** After this many bodies declined a report, a person at the national administrator decides. */
	static final int MAX_DECLINES = 3;

	/**
	 * Why a report waits in the national administrator's queue (history detail, message {@code queue.reason.*});
	 * besides the reasons of routing's {@code Landing.Kind}: the loop guard of forwarding.
	 */
	static final String NO_LIAISON = Landing.Kind.NO_LIAISON.name();
	static final String TOO_MANY_DECLINES = "TOO_MANY_DECLINES";

	@Id
	private UUID id;
	private String trackingNumber;
	@Enumerated(EnumType.STRING)
	private Classification classification;
	private String title;
	/** The report's text (the column keeps its first name). */
	@Column(name = "body")
	private String text;
	private String regionCode;
	private String categoryCode;
	private @Nullable LocalDate incidentDate;
	private @Nullable String location;
	private boolean anonymous;
	private boolean confidential;
	/**
	 * Who the records name as reporter: the reporter, or for an anonymous report {@link
	 * PlaceholderAccounts#SEALED_REPORTER} (the reporter is then only in the seal).
	 */
	@Column(name = "reporter_id")
	private UUID reporterOnRecord;
	/** An anonymous report's reporter, encrypted by {@link IdentitySeal}. */
	private byte @Nullable [] reporterSeal;
	/** An anonymous report's reporter as a blind index, to find their own reports. */
	private byte @Nullable [] reporterIndex;
	/** The reporter; for an anonymous report opened from the seal when loaded. */
	@Transient
	private UUID reporterId;
	private UUID submissionToken;
	private @Nullable Long agencyId;
	/** The body routing gave the report to on submission (none when it went to verification instead). */
	private @Nullable Long routedAgencyId;
	/** Whether a body declined it since: the router's live accuracy counts the reports never declined. */
	private boolean declined;
	private @Nullable String routingNote;
	private @Nullable BigDecimal routingConfidence;
	private @Nullable String routingExplanation;
	private @Nullable String routingAlternatives;
	@Enumerated(EnumType.STRING)
	private @Nullable ArchiveReason archiveReason;
	private @Nullable UUID duplicateOfId;
	@Enumerated(EnumType.STRING)
	private ServiceClass serviceClass = ServiceClass.STANDARD;
	private @Nullable Instant verificationDueAt;
	private @Nullable Instant followUpDueAt;
	private @Nullable Instant resolutionDueAt;
	private @Nullable Instant firstAssignedAt;
	private @Nullable Instant followedUpAt;
	private @Nullable Instant nextDueAt;
	private @Nullable Instant completedAt;
	private @Nullable Instant closesAt;
	private @Nullable Instant closedAt;
	private int reopenedCount;
	private @Nullable Short rating;
	private @Nullable String ratingComment;
	private @Nullable Instant ratedAt;
	@Enumerated(EnumType.STRING)
	private @Nullable Outcome outcome;
	// Set by the deadline watch; excluded from optimistic locking so a reminder never makes an officer's work stale.
	@OptimisticLock(excluded = true)
	private @Nullable Instant remindedForDue;
	@OptimisticLock(excluded = true)
	private short escalationLevel;
	@OptimisticLock(excluded = true)
	private @Nullable Instant escalatedForDue;
	@OptimisticLock(excluded = true)
	private @Nullable Long escalatedToAgencyId;
	/** The handling body whose missed deadline was escalated; the escalation ends when another body handles it. */
	@OptimisticLock(excluded = true)
	private @Nullable Long escalatedFromAgencyId;
	@Enumerated(EnumType.STRING)
	private ReportStatus status;
	private Instant submittedAt;
	private Instant lastChangedAt;
	/** Null until first saved, which is how Spring Data tells a new aggregate with an assigned id. */
	@Version
	private @Nullable Long version;

	@OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
	@OrderBy("occurredAt asc, id asc")
	private List<ReportHistoryEntry> history = new ArrayList<>();

	@OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
	@OrderBy("createdAt asc, id asc")
	private List<ReportResponse> responses = new ArrayList<>();

	protected Report() {}

	private Report(TrackingNumber trackingNumber, ReportContent content, String categoryCode, UUID reporterId,
			UUID submissionToken, IdentitySeal identities, Instant now) {

		this.id = UUID.randomUUID();
		this.trackingNumber = trackingNumber.value();
		this.classification = content.classification();
		this.title = content.title().strip();
		this.text = content.text().strip();
		this.regionCode = content.regionCode();
		this.categoryCode = categoryCode;
		this.incidentDate = content.incidentDate();
		this.location = content.location() == null || content.location().isBlank() ? null : content.location().strip();
		this.anonymous = content.anonymous();
		this.confidential = content.confidential();
		this.reporterId = reporterId;
		this.reporterOnRecord = reporterId;
		if (anonymous) {
			sealReporter(identities);
		}
		this.submissionToken = submissionToken;
		this.status = ReportStatus.SUBMITTED;
		this.submittedAt = now;
		this.lastChangedAt = now;
		record(now, HistoryAction.SUBMITTED, reporterOnRecord, null, null, null, null, null);
	}

	static Report submit(TrackingNumber trackingNumber, ReportContent content, String categoryCode, UUID reporterId,
			UUID submissionToken, IdentitySeal identities, Instant now) {
		return new Report(trackingNumber, content, categoryCode, reporterId, submissionToken, identities, now);
	}

	/** From now on the records name the sealed placeholder, not the reporter. */
	private void sealReporter(IdentitySeal identities) {
		this.reporterSeal = identities.seal(id, reporterId);
		this.reporterIndex = identities.index(reporterId);
		this.reporterOnRecord = PlaceholderAccounts.SEALED_REPORTER;
	}

	/** Called when loaded: the reporter is the one on record unless sealed. */
	void openReporter(IdentitySeal identities) {
		this.reporterId = reporterSeal == null ? reporterOnRecord : identities.open(id, reporterSeal);
	}

	/**
	 * Keeps how routing decided, for the staff who handle and verify the report.
	 */
	void recordRouting(double confidence, String explanation, String alternatives) {
		this.routingConfidence = BigDecimal.valueOf(confidence).setScale(3, RoundingMode.HALF_UP);
		this.routingExplanation = explanation;
		this.routingAlternatives = alternatives;
	}

	/**
	 * Hands the report to the body the routing chose; it is now waiting for that body (red).
	 */
	void assignTo(long targetAgencyId, String rule, Instant now) {

		var from = transition(ReportStatus.ASSIGNED, Set.of(ReportStatus.SUBMITTED));
		this.agencyId = targetAgencyId;
		this.routedAgencyId = targetAgencyId;
		this.routingNote = rule;
		record(now, HistoryAction.ASSIGNED, null, null, targetAgencyId, from, rule, null);
	}

	/**
	 * Puts the report in the national administrator's verification queue.
	 *
	 * @param reason why a person must look at it (low confidence, no staffed body, too many declines)
	 */
	void queueForVerification(long administratorAgencyId, String reason, Instant now) {

		var previousAgency = agencyId;
		var from = transition(ReportStatus.AWAITING_VERIFICATION,
				Set.of(ReportStatus.SUBMITTED, ReportStatus.ASSIGNED, ReportStatus.IN_PROGRESS, ReportStatus.REOPENED));
		this.agencyId = administratorAgencyId;
		record(now, HistoryAction.QUEUED_FOR_VERIFICATION, null, previousAgency, administratorAgencyId, from, reason,
				null);
	}

	/**
	 * The national administrator confirms or corrects the routing and assigns the report.
	 */
	void verify(UUID administratorId, long administratorAgencyId, String newCategoryCode, long targetAgencyId,
			String note, Instant now) {

		var from = transition(ReportStatus.ASSIGNED, VERIFICATION_STATUSES);
		this.categoryCode = newCategoryCode;
		this.agencyId = targetAgencyId;
		this.routingNote = "VERIFIED";
		record(now, HistoryAction.VERIFIED, administratorId, administratorAgencyId, targetAgencyId, from,
				newCategoryCode, note);
	}

	/**
	 * The national administrator puts the report on hold (tunda).
	 */
	void postpone(UUID administratorId, long administratorAgencyId, String note, Instant now) {

		var from = transition(ReportStatus.POSTPONED, Set.of(ReportStatus.AWAITING_VERIFICATION));
		record(now, HistoryAction.POSTPONED, administratorId, administratorAgencyId, agencyId, from, null, note);
	}

	/**
	 * The national administrator closes the report without forwarding it.
	 *
	 * @param duplicateOf the report this one repeats, required for (and only for) {@link ArchiveReason#DUPLICATE}
	 */
	void archive(UUID administratorId, long administratorAgencyId, ArchiveReason reason, @Nullable Report duplicateOf,
			String note, Instant now) {

		Assert.isTrue((reason == ArchiveReason.DUPLICATE) == (duplicateOf != null),
				"A duplicate, and only a duplicate, names the report it repeats");
		Assert.isTrue(duplicateOf == null || !duplicateOf.id.equals(id), "A report cannot duplicate itself");

		var from = transition(ReportStatus.ARCHIVED, VERIFICATION_STATUSES);
		this.archiveReason = reason;
		this.duplicateOfId = duplicateOf == null ? null : duplicateOf.id;
		var detail = duplicateOf == null ? reason.name() : reason.name() + ":" + duplicateOf.trackingNumber;
		record(now, HistoryAction.ARCHIVED, administratorId, administratorAgencyId, agencyId, from, detail, note);
	}

	/**
	 * The national administrator hides the reporter's identity or the content. Staff only tighten: what the reporter
	 * chose to hide stays hidden, and the reporter sees the change in their report's history.
	 *
	 * @throws FlagsLoosenedException when a flag the report has would be turned off
	 */
	void changeFlags(UUID administratorId, long administratorAgencyId, boolean newAnonymous, boolean newConfidential,
			String note, IdentitySeal identities, Instant now) {

		if (anonymous && !newAnonymous || confidential && !newConfidential) {
			throw new FlagsLoosenedException();
		}
		if (newAnonymous && !anonymous && reporterSeal == null
				&& !PlaceholderAccounts.ANONYMISED_REPORTER.equals(reporterOnRecord)) {
			sealReporter(identities);
		}
		this.anonymous = newAnonymous;
		this.confidential = newConfidential;
		record(now, HistoryAction.FLAGS_CHANGED, administratorId, administratorAgencyId, agencyId, null,
				"anonymous=" + newAnonymous + ",confidential=" + newConfidential, note);
	}

	/**
	 * The handling body passes the report to another body. The loop guard refuses bodies that already declined it.
	 *
	 * @return whether the report reached the other body; after {@link #MAX_DECLINES} declines it goes to the
	 * national administrator instead, and the caller queues it there
	 */
	boolean forward(UUID officerId, long fromAgencyId, long toAgencyId, ForwardKind kind, String reason, Instant now) {

		Assert.isTrue(isHandledBy(fromAgencyId), "Only the handling body can forward a report");
		Assert.hasText(reason, "A forward needs a reason");
		if (toAgencyId == fromAgencyId || declinedAgencyIds().contains(toAgencyId)) {
			throw new ForwardRefusedException();
		}

		var from = transition(ReportStatus.ASSIGNED, Set.of(ReportStatus.ASSIGNED, ReportStatus.IN_PROGRESS,
				ReportStatus.REOPENED));
		this.agencyId = toAgencyId;
		this.declined |= kind == ForwardKind.DECLINE;
		record(now, kind == ForwardKind.DECLINE ? HistoryAction.FORWARDED : HistoryAction.DISPOSED, officerId,
				fromAgencyId, toAgencyId, from, null, reason.strip());
		return declinedAgencyIds().size() < MAX_DECLINES;
	}

	/**
	 * The bodies that declined this report ("bukan wewenang kami"); it never returns to them.
	 */
	Set<Long> declinedAgencyIds() {
		return history.stream()
				.filter(entry -> entry.getAction() == HistoryAction.FORWARDED && entry.getFromAgencyId() != null)
				.map(ReportHistoryEntry::getFromAgencyId)
				.collect(Collectors.toSet());
	}

	/**
	 * The handling body answers the reporter, moving the report to in progress (yellow) or completed (green).
	 *
	 * @param closesAt when a completed report closes itself unless the reporter replies (required for COMPLETED)
	 */
	void respond(UUID authorId, long authorAgencyId, String message, ReportStatus newStatus,
			@Nullable Instant closesAt, Instant now) {
		respond(authorId, authorAgencyId, message, newStatus, closesAt, null, now);
	}

	/**
	 * The handling body answers the reporter; completing needs the outcome.
	 */
	void respond(UUID authorId, long authorAgencyId, String message, ReportStatus newStatus,
			@Nullable Instant closesAt, @Nullable Outcome newOutcome, Instant now) {

		Assert.isTrue(isHandledBy(authorAgencyId), "Only the handling body can respond");
		Assert.hasText(message, "A response needs a message");

		if (!RESPONSE_STATUSES.contains(newStatus)) {
			throw new InvalidReportTransitionException(status, newStatus);
		}
		var from = transition(newStatus, ANSWERABLE);
		if (followedUpAt == null) {
			this.followedUpAt = now;
		}
		if (newStatus == ReportStatus.COMPLETED) {
			Assert.notNull(closesAt, "A completed report needs its closing time");
			this.completedAt = now;
			this.closesAt = closesAt;
			this.outcome = newOutcome;
		}
		responses.add(new ReportResponse(this, MessageKind.RESPONSE, authorId, authorAgencyId, message.strip(), now));
		record(now, HistoryAction.RESPONDED, authorId, authorAgencyId, authorAgencyId, from, null, null);
	}

	/** The handling body says this report, completed as a duplicate, repeats another one; recorded in the history. */
	void repeats(Report original, UUID authorId, long authorAgencyId, Instant now) {
		Assert.isTrue(outcome == Outcome.DUPLICATE, "Only a duplicate repeats another report");
		Assert.isTrue(!original.id.equals(id), "A report cannot duplicate itself");
		this.duplicateOfId = original.id;
		record(now, HistoryAction.MARKED_DUPLICATE, authorId, authorAgencyId, authorAgencyId, status,
				original.trackingNumber, null);
	}

	/**
	 * The reporter writes back. A reply to an answered report keeps it open: it goes back to the body (in progress)
	 * and does not close itself.
	 */
	void reply(UUID reporterId, String message, Instant now) {

		Assert.isTrue(isReportedBy(reporterId), "Only the reporter replies");
		Assert.hasText(message, "A reply needs a message");
		if (status == ReportStatus.CLOSED || status == ReportStatus.ARCHIVED || status == ReportStatus.SUBMITTED) {
			throw new InvalidReportTransitionException(status, status);
		}
		var from = status;
		if (status == ReportStatus.COMPLETED) {
			transition(ReportStatus.IN_PROGRESS, Set.of(ReportStatus.COMPLETED));
			this.outcome = null;
			this.completedAt = null;
			this.closesAt = null;
		}
		responses.add(new ReportResponse(this, MessageKind.REPLY, reporterOnRecord, null, message.strip(), now));
		record(now, HistoryAction.REPLIED, reporterOnRecord, null, agencyId, from, null, null);
	}

	/**
	 * Staff of the handling body, or the national administrator, leave a note for each other.
	 */
	void addNote(UUID authorId, long authorAgencyId, String note, Instant now) {
		Assert.hasText(note, "A note needs a text");
		responses.add(new ReportResponse(this, MessageKind.NOTE, authorId, authorAgencyId, note.strip(), now));
		this.lastChangedAt = now;
	}

	/** The reporter confirms the answer; the report is closed. */
	void confirm(UUID reporterId, Instant now) {
		Assert.isTrue(isReportedBy(reporterId), "Only the reporter confirms");
		var from = transition(ReportStatus.CLOSED, Set.of(ReportStatus.COMPLETED));
		this.closedAt = now;
		record(now, HistoryAction.CONFIRMED, reporterOnRecord, null, agencyId, from, null, null);
	}

	/** The reporter rates the answer once, 1 (very bad) to 5 (very good). */
	void rate(UUID reporterId, int stars, @Nullable String comment, Instant now) {
		Assert.isTrue(isReportedBy(reporterId), "Only the reporter rates");
		Assert.isTrue(stars >= 1 && stars <= 5, "A rating is 1 to 5");
		if (rating != null || !(status == ReportStatus.COMPLETED || status == ReportStatus.CLOSED)) {
			throw new InvalidReportTransitionException(status, status);
		}
		this.rating = (short) stars;
		this.ratingComment = comment == null || comment.isBlank() ? null : comment.strip();
		this.ratedAt = now;
		record(now, HistoryAction.RATED, reporterOnRecord, null, agencyId, status, Integer.toString(stars),
				ratingComment);
	}

	/**
	 * Whether the reporter may still reopen: once, after an unsatisfied rating (1 or 2), within the window that
	 * started when the body completed the report.
	 */
	boolean canBeReopened(Instant now) {
		return (status == ReportStatus.COMPLETED || status == ReportStatus.CLOSED) && reopenedCount == 0
				&& rating != null && rating <= UNSATISFIED && closesAt != null && !now.isAfter(closesAt);
	}

	/**
	 * The unsatisfied reporter reopens the report; the body has a new first follow-up deadline.
	 */
	void reopen(UUID reporterId, String reason, Instant followUpDue, Instant now) {
		Assert.isTrue(isReportedBy(reporterId), "Only the reporter reopens");
		Assert.hasText(reason, "Reopening needs a reason");
		if (!canBeReopened(now)) {
			throw new InvalidReportTransitionException(status, ReportStatus.REOPENED);
		}
		var from = transition(ReportStatus.REOPENED, Set.of(ReportStatus.COMPLETED, ReportStatus.CLOSED));
		this.reopenedCount++;
		this.outcome = null;
		this.completedAt = null;
		this.closesAt = null;
		this.closedAt = null;
		this.followedUpAt = null;
		this.followUpDueAt = followUpDue;
		record(now, HistoryAction.REOPENED, reporterOnRecord, null, agencyId, from, null, reason);
	}

	/**
	 * Closes an answered report whose window passed without a reply.
	 *
	 * @return whether it closed
	 */
	boolean closeIfExpired(Instant now) {
		if (status != ReportStatus.COMPLETED || closesAt == null || now.isBefore(closesAt)) {
			return false;
		}
		var from = transition(ReportStatus.CLOSED, Set.of(ReportStatus.COMPLETED));
		this.closedAt = now;
		record(now, HistoryAction.CLOSED, null, null, agencyId, from, null, null);
		return true;
	}

	/**
	 * Records a reminder that the current deadline is near, once per deadline.
	 *
	 * @return whether a reminder was due (not sent for this deadline before)
	 */
	boolean remind(Instant now) {
		if (nextDueAt == null || nextDueAt.equals(remindedForDue) || !now.isBefore(nextDueAt)) {
			return false;
		}
		this.remindedForDue = nextDueAt;
		history.add(new ReportHistoryEntry(this, now, HistoryAction.REMINDED, null, null, agencyId, status, status,
				dueKind(), null));
		return true;
	}

	/**
	 * Escalates a missed deadline: first to the body that supervises the handling body ({@code supervisor}, its
	 * regional government or ministry), then, if still missed after more days, to the national administrator.
	 * Each level happens once per deadline; a new deadline starts again at level 0.
	 *
	 * @param supervisor the body to escalate to at this level
	 * @param level 1 for the supervising body, 2 for the national administrator
	 * @return whether the report escalated now
	 */
	boolean escalate(long supervisor, int level, Instant now) {
		if (nextDueAt == null || now.isBefore(nextDueAt)) {
			return false;
		}
		if (!nextDueAt.equals(escalatedForDue)) {
			this.escalationLevel = 0;
			this.escalatedForDue = nextDueAt;
		}
		if (level <= escalationLevel) {
			return false;
		}
		this.escalationLevel = (short) level;
		this.escalatedToAgencyId = supervisor;
		this.escalatedFromAgencyId = agencyId;
		history.add(new ReportHistoryEntry(this, now, HistoryAction.ESCALATED, null, agencyId, supervisor, status, status,
				dueKind(), null));
		return true;
	}

	/** Which deadline is the current one: VERIFICATION, FOLLOW_UP or RESOLUTION. */
	String dueKind() {
		if (status.isInVerification()) {
			return "VERIFICATION";
		}
		return followedUpAt == null ? "FOLLOW_UP" : "RESOLUTION";
	}

	int getEscalationLevel() {
		return escalationLevel;
	}

	@Nullable Long getEscalatedToAgencyId() {
		return escalatedToAgencyId;
	}

	@Nullable Outcome getOutcome() {
		return outcome;
	}

	@Nullable Instant getCompletedAt() {
		return completedAt;
	}

	@Nullable Instant getClosesAt() {
		return closesAt;
	}

	@Nullable Instant getClosedAt() {
		return closedAt;
	}

	int getReopenedCount() {
		return reopenedCount;
	}

	@Nullable Integer getRating() {
		return rating == null ? null : rating.intValue();
	}

	@Nullable String getRatingComment() {
		return ratingComment;
	}

	/** Changes the status if allowed and returns the previous one. */
	private ReportStatus transition(ReportStatus to, Set<ReportStatus> allowedFrom) {
		if (!allowedFrom.contains(status)) {
			throw new InvalidReportTransitionException(status, to);
		}
		var from = status;
		this.status = to;
		return from;
	}

	/**
	 * Sets the verification deadline of a report waiting in the national administrator's queue.
	 */
	void scheduleVerification(Instant due) {
		this.verificationDueAt = due;
		updateNextDue();
	}

	/**
	 * Starts the body's clock at the first assignment; forwarding later keeps the original deadlines.
	 *
	 * @return whether the clock started now
	 */
	boolean startClock(Instant now, Instant followUpDue, Instant resolutionDue) {
		if (firstAssignedAt != null) {
			return false;
		}
		this.firstAssignedAt = now;
		this.followUpDueAt = followUpDue;
		this.resolutionDueAt = resolutionDue;
		updateNextDue();
		return true;
	}

	/**
	 * The handling body says how much work the report takes; the resolution deadline follows from it.
	 */
	void classify(UUID officerId, long agencyIdOfOfficer, ServiceClass newClass, Instant newResolutionDue,
			Instant now) {
		Assert.isTrue(isHandledBy(agencyIdOfOfficer), "Only the handling body classifies a report");
		if (status == ReportStatus.COMPLETED || status == ReportStatus.CLOSED || status == ReportStatus.ARCHIVED) {
			throw new InvalidReportTransitionException(status, status);
		}
		this.serviceClass = newClass;
		this.resolutionDueAt = newResolutionDue;
		record(now, HistoryAction.CLASSIFIED, officerId, agencyIdOfOfficer, agencyIdOfOfficer, status, newClass.name(),
				null);
	}

	@Nullable Instant getFirstAssignedAt() {
		return firstAssignedAt;
	}

	ServiceClass getServiceClass() {
		return serviceClass;
	}

	@Nullable Instant getVerificationDueAt() {
		return verificationDueAt;
	}

	@Nullable Instant getFollowUpDueAt() {
		return followUpDueAt;
	}

	@Nullable Instant getResolutionDueAt() {
		return resolutionDueAt;
	}

	@Nullable Instant getFollowedUpAt() {
		return followedUpAt;
	}

	@Nullable Instant getNextDueAt() {
		return nextDueAt;
	}

	/** The deadline that matters now, derived from the status and what has happened. */
	private void updateNextDue() {
		if (status == ReportStatus.COMPLETED || status == ReportStatus.CLOSED || status == ReportStatus.ARCHIVED) {
			nextDueAt = null;
		} else if (status.isInVerification() || status == ReportStatus.SUBMITTED) {
			nextDueAt = verificationDueAt;
		} else if (followedUpAt == null) {
			nextDueAt = followUpDueAt;
		} else {
			nextDueAt = resolutionDueAt;
		}
	}

	/**
	 * An escalation lets the supervising body read the report of its unit. It ends when the report leaves the open
	 * states (no current deadline) or another body handles it (forwarded, queued for verification, verified
	 * elsewhere): that body's own supervisor, not the old one, hears of a later missed deadline, so level and
	 * deadline start again too. Every change of status or handling body is recorded, so this runs on each of them.
	 */
	private void endEscalationIfOver() {
		if (escalatedToAgencyId != null && (nextDueAt == null || !Objects.equals(agencyId, escalatedFromAgencyId))) {
			this.escalatedToAgencyId = null;
			this.escalatedFromAgencyId = null;
			this.escalationLevel = 0;
			this.escalatedForDue = null;
		}
	}

	private void record(Instant now, HistoryAction action, @Nullable UUID actorId, @Nullable Long fromAgency,
			@Nullable Long toAgency, @Nullable ReportStatus from, @Nullable String detail, @Nullable String note) {
		this.lastChangedAt = now;
		updateNextDue();
		endEscalationIfOver();
		history.add(new ReportHistoryEntry(this, now, action, actorId, fromAgency, toAgency, from, status, detail,
				note == null || note.isBlank() ? null : note.strip()));
	}

	boolean isReportedBy(UUID accountId) {
		return reporterId.equals(accountId);
	}

	boolean isHandledBy(@Nullable Long candidateAgencyId) {
		return agencyId != null && agencyId.equals(candidateAgencyId);
	}

	UUID getId() {
		return id;
	}

	TrackingNumber getTrackingNumber() {
		return new TrackingNumber(trackingNumber);
	}

	Classification getClassification() {
		return classification;
	}

	String getTitle() {
		return title;
	}

	String getText() {
		return text;
	}

	String getRegionCode() {
		return regionCode;
	}

	String getCategoryCode() {
		return categoryCode;
	}

	@Nullable LocalDate getIncidentDate() {
		return incidentDate;
	}

	@Nullable String getLocation() {
		return location;
	}

	boolean isAnonymous() {
		return anonymous;
	}

	boolean isConfidential() {
		return confidential;
	}

	UUID getReporterId() {
		return reporterId;
	}

	/** Who history, conversation and files name for the reporter's own actions. */
	UUID getReporterOnRecord() {
		return reporterOnRecord;
	}

	boolean isSealed() {
		return reporterSeal != null;
	}

	@Nullable Long getAgencyId() {
		return agencyId;
	}

	@Nullable String getRoutingNote() {
		return routingNote;
	}

	@Nullable Double getRoutingConfidence() {
		return routingConfidence == null ? null : routingConfidence.doubleValue();
	}

	@Nullable String getRoutingExplanation() {
		return routingExplanation;
	}

	@Nullable String getRoutingAlternatives() {
		return routingAlternatives;
	}

	@Nullable ArchiveReason getArchiveReason() {
		return archiveReason;
	}

	@Nullable UUID getDuplicateOfId() {
		return duplicateOfId;
	}

	ReportStatus getStatus() {
		return status;
	}

	Instant getSubmittedAt() {
		return submittedAt;
	}

	Instant getLastChangedAt() {
		return lastChangedAt;
	}

	long getVersion() {
		return version == null ? 0 : version;
	}

	List<ReportHistoryEntry> getHistory() {
		return Collections.unmodifiableList(history);
	}

	List<ReportResponse> getResponses() {
		return Collections.unmodifiableList(responses);
	}
}

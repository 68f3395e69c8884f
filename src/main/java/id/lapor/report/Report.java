package id.lapor.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * A citizen's report and its lifecycle. Every change goes through a method that checks it is allowed and appends
 * it to the history.
 */
@Entity
@Table(name = "reports")
class Report {

	/** The statuses a body's response can set. */
	static final Set<ReportStatus> RESPONSE_STATUSES = Set.of(ReportStatus.IN_PROGRESS, ReportStatus.COMPLETED);

	@Id
	private UUID id;
	private String trackingNumber;
	@Enumerated(EnumType.STRING)
	private Classification classification;
	private String title;
	private String body;
	private String regionCode;
	private String categoryCode;
	private @Nullable LocalDate incidentDate;
	private @Nullable String location;
	private boolean anonymous;
	private boolean confidential;
	private UUID reporterId;
	private UUID submissionToken;
	private @Nullable Long agencyId;
	private @Nullable String routingNote;
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

	private Report(TrackingNumber trackingNumber, ReportContent content, UUID reporterId, UUID submissionToken,
			Instant now) {

		this.id = UUID.randomUUID();
		this.trackingNumber = trackingNumber.value();
		this.classification = content.classification();
		this.title = content.title().strip();
		this.body = content.body().strip();
		this.regionCode = content.regionCode();
		this.categoryCode = content.categoryCode();
		this.incidentDate = content.incidentDate();
		this.location = content.location() == null || content.location().isBlank() ? null : content.location().strip();
		this.anonymous = content.anonymous();
		this.confidential = content.confidential();
		this.reporterId = reporterId;
		this.submissionToken = submissionToken;
		this.status = ReportStatus.SUBMITTED;
		this.submittedAt = now;
		this.lastChangedAt = now;
		record(now, HistoryAction.SUBMITTED, reporterId, null, null, ReportStatus.SUBMITTED, null);
	}

	static Report submit(TrackingNumber trackingNumber, ReportContent content, UUID reporterId,
			UUID submissionToken, Instant now) {
		return new Report(trackingNumber, content, reporterId, submissionToken, now);
	}

	/**
	 * Hands the report to the body the routing chose; it is now waiting for that body (red).
	 */
	void assignTo(long targetAgencyId, String rule, Instant now) {

		transition(ReportStatus.ASSIGNED, Set.of(ReportStatus.SUBMITTED));
		this.agencyId = targetAgencyId;
		this.routingNote = rule;
		record(now, HistoryAction.ASSIGNED, null, targetAgencyId, ReportStatus.SUBMITTED, ReportStatus.ASSIGNED, rule);
	}

	/**
	 * The handling body answers the reporter, moving the report to in progress (yellow) or completed (green).
	 */
	void respond(UUID authorId, long authorAgencyId, String message, ReportStatus newStatus, Instant now) {

		Assert.isTrue(agencyId != null && agencyId == authorAgencyId, "Only the handling body can respond");
		Assert.hasText(message, "A response needs a message");

		var from = status;
		if (!RESPONSE_STATUSES.contains(newStatus)) {
			throw new InvalidReportTransitionException(from, newStatus);
		}
		transition(newStatus, Set.of(ReportStatus.ASSIGNED, ReportStatus.IN_PROGRESS));

		responses.add(new ReportResponse(this, authorId, authorAgencyId, message.strip(), now));
		record(now, HistoryAction.RESPONDED, authorId, authorAgencyId, from, newStatus, null);
	}

	private void transition(ReportStatus to, Set<ReportStatus> allowedFrom) {
		if (!allowedFrom.contains(status)) {
			throw new InvalidReportTransitionException(status, to);
		}
		this.status = to;
	}

	private void record(Instant now, HistoryAction action, @Nullable UUID actorId, @Nullable Long actorAgencyId,
			@Nullable ReportStatus from, @Nullable ReportStatus to, @Nullable String note) {
		this.lastChangedAt = now;
		history.add(new ReportHistoryEntry(this, now, action, actorId, actorAgencyId, from, to, note));
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

	String getBody() {
		return body;
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

	@Nullable Long getAgencyId() {
		return agencyId;
	}

	@Nullable String getRoutingNote() {
		return routingNote;
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

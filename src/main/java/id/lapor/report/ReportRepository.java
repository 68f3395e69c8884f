package id.lapor.report;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Every query a staff page uses is scoped in the query itself (by body), never filtered afterwards.
 */
interface ReportRepository extends Repository<Report, UUID> {

	/** Jobs lock the batch they work on and skip the reports a person is changing at that moment (the next run takes them). */
	String SKIP_LOCKED_HINT = "jakarta.persistence.lock.timeout";
	/** Hibernate's {@code LockOptions.SKIP_LOCKED}. */
	String SKIP_LOCKED = "-2";

	Report saveAndFlush(Report report);

	void flush();

	Optional<Report> findByTrackingNumber(String trackingNumber);

	List<Report> findByIdIn(Collection<UUID> ids);

	Optional<Report> findByTrackingNumberAndAgencyId(String trackingNumber, Long agencyId);

	/*
	 * The finders "for change" lock the report's row until the transaction ends (SELECT ... FOR UPDATE). A change
	 * writes the report and rows keyed by it (history, responses, deadline and statistics logs); taking the report
	 * first puts every writer in the same order. Without it, two officers answering one report deadlocked under load
	 * (docs/performance.md); now the second waits, then sees the new version and is told that the report changed.
	 */

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Report r where r.trackingNumber = :trackingNumber and r.agencyId = :agencyId")
	Optional<Report> findForChangeByAgency(String trackingNumber, Long agencyId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Report r where r.trackingNumber = :trackingNumber")
	Optional<Report> findForChange(String trackingNumber);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Report r where r.trackingNumber = :trackingNumber and r.status in :statuses")
	Optional<Report> findForChangeInStatus(String trackingNumber, Collection<ReportStatus> statuses);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("""
			select r from Report r where r.trackingNumber = :trackingNumber
			and (r.reporterOnRecord = :reporterId or r.reporterIndex = :index)""")
	Optional<Report> findReportersReportForChange(String trackingNumber, UUID reporterId, byte[] index);

	boolean existsByTrackingNumberAndAgencyId(String trackingNumber, Long agencyId);


	Page<Report> findByStatusInOrderBySubmittedAtAsc(Collection<ReportStatus> statuses, Pageable pageable);

	/** A report of this reporter, named on it or sealed in it ({@code index} is the reporter's blind index). */
	@Query("""
			select r from Report r where r.trackingNumber = :trackingNumber
			and (r.reporterOnRecord = :reporterId or r.reporterIndex = :index)""")
	Optional<Report> findReportersReport(String trackingNumber, UUID reporterId, byte[] index);

	@Query("""
			select r from Report r where r.submissionToken = :submissionToken
			and (r.reporterOnRecord = :reporterId or r.reporterIndex = :index)""")
	Optional<Report> findSubmission(UUID reporterId, byte[] index, UUID submissionToken);

	boolean existsByTrackingNumber(String trackingNumber);

	/** The reporter's reports, named on them or sealed in them, newest first. */
	@Query(value = """
			select r from Report r where r.reporterOnRecord = :reporterId or r.reporterIndex = :index
			order by r.submittedAt desc""", countQuery = """
			select count(r) from Report r where r.reporterOnRecord = :reporterId or r.reporterIndex = :index""")
	Page<Report> findReporters(UUID reporterId, byte[] index, Pageable pageable);

	Slice<Report> findSliceByAgencyId(Long agencyId, Pageable pageable);

	Slice<Report> findSliceByAgencyIdAndStatusIn(Long agencyId, Collection<ReportStatus> statuses, Pageable pageable);

	Page<Report> findAll(Pageable pageable);

	Slice<Report> findSliceByAgencyIdAndNextDueAtBefore(Long agencyId, Instant now, Pageable pageable);


	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@QueryHints(@QueryHint(name = SKIP_LOCKED_HINT, value = SKIP_LOCKED))
	@Query("""
			select r from Report r where r.nextDueAt > :now and r.nextDueAt <= :horizon and r.agencyId is not null
			and (r.remindedForDue is null or r.remindedForDue <> r.nextDueAt)
			and r.nextDueAt >= :afterDue
			and (r.nextDueAt > :afterDue or r.nextDueAt = :afterDue and r.trackingNumber > :afterNumber)
			order by r.nextDueAt, r.trackingNumber""")
	List<Report> findDueForReminder(@Param("now") Instant now, @Param("horizon") Instant horizon,
			@Param("afterDue") Instant afterDue, @Param("afterNumber") String afterNumber, Pageable pageable);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@QueryHints(@QueryHint(name = SKIP_LOCKED_HINT, value = SKIP_LOCKED))
	@Query("""
			select r from Report r where r.nextDueAt <= :now and r.agencyId <> :administrator
			and (r.escalatedForDue is null or r.escalatedForDue <> r.nextDueAt or r.escalationLevel < 2)
			and r.nextDueAt >= :afterDue
			and (r.nextDueAt > :afterDue or r.nextDueAt = :afterDue and r.trackingNumber > :afterNumber)
			order by r.nextDueAt, r.trackingNumber""")
	List<Report> findOverdueForEscalation(@Param("now") Instant now, @Param("administrator") Long administrator,
			@Param("afterDue") Instant afterDue, @Param("afterNumber") String afterNumber, Pageable pageable);

	/*
	 * An escalation counts only while the report is open (a current deadline: completed, closed and archived reports
	 * have none) and still handled by the body it was escalated from. Report clears the pointer on both; the query
	 * checks again so that a pointer left behind can never show a report to a body that no longer supervises it.
	 */
	@Query("""
			select r from Report r where r.escalatedToAgencyId = :agencyId and r.nextDueAt is not null
			and r.agencyId = r.escalatedFromAgencyId""")
	Page<Report> findOpenEscalatedTo(@Param("agencyId") Long agencyId, Pageable pageable);

	@Query("""
			select r from Report r where r.trackingNumber = :trackingNumber and r.escalatedToAgencyId = :agencyId
			and r.nextDueAt is not null and r.agencyId = r.escalatedFromAgencyId""")
	Optional<Report> findOpenEscalated(@Param("trackingNumber") String trackingNumber, @Param("agencyId") Long agencyId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@QueryHints(@QueryHint(name = SKIP_LOCKED_HINT, value = SKIP_LOCKED))
	List<Report> findByStatusAndClosesAtLessThanEqualOrderByClosesAtAsc(ReportStatus status, Instant now,
			Pageable pageable);

	/** Counted from the index of deadlines alone ({@code count(*)}: a count of ids would read every row). */
	@Query(value = "select count(*) from reports where next_due_at < :now", nativeQuery = true)
	long countByNextDueAtBefore(@Param("now") Instant now);

	@Query(value = "select count(*) from reports where agency_id = :agencyId and next_due_at < :now", nativeQuery = true)
	long countByAgencyIdAndNextDueAtBefore(@Param("agencyId") Long agencyId, @Param("now") Instant now);

	/** A page without counting all reports: the caller knows how many there are. */
	Slice<Report> findSliceBy(Pageable pageable);

	Slice<Report> findSliceByStatusIn(Collection<ReportStatus> statuses, Pageable pageable);

	Slice<Report> findSliceByNextDueAtBefore(Instant now, Pageable pageable);

	@Query("""
			select new id.lapor.report.StatusCount(r.status, count(*)) from Report r
			where r.agencyId = :agencyId group by r.status""")
	List<StatusCount> countByStatusForAgency(@Param("agencyId") Long agencyId);
}

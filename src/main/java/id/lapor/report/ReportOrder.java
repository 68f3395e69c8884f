package id.lapor.report;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.util.Assert;

/**
 * The orders of report lists, named by what people see (deadlines, when a report was sent). Other modules ask
 * {@link ReportQueries} for one of these, never for the properties of {@code Report} behind them.
 */
public enum ReportOrder {

	/** The nearest deadline first (overdue on top), reports without one last; among equals the longest waiting. */
	DUE_FIRST(Sort.by(Sort.Order.asc("nextDueAt").nullsLast(), Sort.Order.asc("submittedAt"))),

	/** The longest waiting first. */
	OLDEST(Sort.by(Sort.Direction.ASC, "submittedAt")),

	/** The most recently sent first. */
	NEWEST(Sort.by(Sort.Direction.DESC, "submittedAt"));

	private final Sort sort;

	ReportOrder(Sort sort) {
		this.sort = sort;
	}

	/** The page in this order. */
	Pageable of(Pageable page) {
		return PageRequest.of(unsorted(page).getPageNumber(), page.getPageSize(), sort);
	}

	/** A page from outside the module, whose order is the query's or a {@code ReportOrder}. */
	static Pageable unsorted(Pageable page) {
		Assert.isTrue(page.getSort().isUnsorted(), "Report lists are ordered by a ReportOrder, not by properties");
		return page;
	}
}

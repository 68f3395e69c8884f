package id.lapor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

class ReportOrderTests {

	@Test
	void aPageKeepsItsNumberAndSizeAndTakesTheOrder() {
		var page = ReportOrder.NEWEST.of(PageRequest.of(3, 25));
		assertThat(page.getPageNumber()).isEqualTo(3);
		assertThat(page.getPageSize()).isEqualTo(25);
		assertThat(page.getSort()).isEqualTo(Sort.by(Sort.Direction.DESC, "submittedAt"));
	}

	@Test
	void aPageSortedByPropertiesFromOutsideIsRefused() {
		assertThatIllegalArgumentException()
				.isThrownBy(() -> ReportOrder.DUE_FIRST.of(PageRequest.of(0, 25, Sort.by("nextDueAt"))));
	}
}

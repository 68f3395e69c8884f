package id.lapor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.account.Role;
import id.lapor.statistics.Filter;
import id.lapor.statistics.GroupBy;
import id.lapor.statistics.Statistics;
import id.lapor.statistics.Statistics.Detail;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@TestPropertySource(properties = "lapor.statistics.shared-cache=60s")
class SharedFiguresTests {

	/** "as of 06 Des 2026 08:15" in the element with id as-of. */
	private static final Pattern AS_OF = Pattern.compile("id=\"as-of\"[^>]*>[^<]*\\d{2} \\S+ \\d{4} \\d{2}:\\d{2}");

	@Autowired StatisticsService service;
	@Autowired CacheManager caches;
	@Autowired MockMvc mvc;
	@Autowired TestAccounts accounts;
	@MockitoSpyBean Statistics statistics;

	@Test
	void theSameFilterIsCountedOnceAndADifferentFilterOrScopeAgain() {
		caches.getCache(SharedFigures.CACHE).clear();
		var national = filter(null, null);
		var first = service.compute(GroupBy.PROVINCE, national, Detail.FULL, Locale.ROOT);
		var second = service.compute(GroupBy.PROVINCE, filter(null, null), Detail.FULL, Locale.ROOT);

		verify(statistics, times(1)).count(eq(GroupBy.PROVINCE), eq(national), eq(Detail.FULL));
		assertThat(second).isSameAs(first);
		assertThat(second.asOf()).isEqualTo(first.asOf());

		service.compute(GroupBy.PROVINCE, filter(null, "73"), Detail.FULL, Locale.ROOT);
		verify(statistics, times(2)).count(eq(GroupBy.PROVINCE), any(), eq(Detail.FULL));

		// A liaison's scope is part of the filter: their figures are their own.
		service.compute(GroupBy.PROVINCE, filter(Set.of(1L), null), Detail.FULL, Locale.ROOT);
		verify(statistics, times(3)).count(eq(GroupBy.PROVINCE), any(), eq(Detail.FULL));
	}

	@Test
	void theDashboardAndTheRankingComputeOnceForTwoSupervisorsAndSayAsOfWhen() throws Exception {
		caches.getCache(SharedFigures.CACHE).clear();
		clearInvocations(statistics);
		var supervisor = accounts.staff(Role.SUPERVISOR, "ombudsman");
		var other = accounts.staff(Role.SUPERVISOR, "ombudsman");

		var ranking = mvc.perform(get("/monitoring/bodies").with(accounts.as(supervisor))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		mvc.perform(get("/monitoring/bodies").with(accounts.as(other))).andExpect(status().isOk());
		verify(statistics, times(1)).count(eq(GroupBy.BODY), any(), eq(Detail.WITHOUT_DURATIONS));
		assertThat(AS_OF.matcher(ranking).find()).as("as-of time on the ranking").isTrue();

		var dashboard = mvc.perform(get("/monitoring").with(accounts.as(supervisor))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		mvc.perform(get("/monitoring").with(accounts.as(other))).andExpect(status().isOk());
		assertThat(AS_OF.matcher(dashboard).find()).as("as-of time on the dashboard").isTrue();
		verify(statistics, times(1)).count(eq(GroupBy.PROVINCE), any(), eq(Detail.FULL));
	}

	private static Filter filter(@Nullable Set<Long> agencyIds, @Nullable String regionCode) {
		var from = LocalDate.of(2025, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
		return new Filter(from, from.plusSeconds(86_400 * 30), agencyIds, regionCode, null);
	}
}

package id.lapor.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.LaporUser;
import id.lapor.account.Role;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.calendar.IndonesianTimeZones;
import id.lapor.statistics.Filter;
import id.lapor.statistics.GroupBy;
import id.lapor.statistics.Statistics;
import id.lapor.system.Mailer;
import id.lapor.system.ModuleTestDatabase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The monitoring module with all it reads from: {@code statistics}, {@code report}, {@code programme} and what those
 * use. The {@code notification} module's {@link Mailer}, which {@code account} sends through, is a mock. Each test
 * submits its reports in a region no other module test uses, so the figures are its own.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ModuleTestDatabase
@Import({ TestAccounts.class, TestReports.class })
class MonitoringModuleTests {

	@MockitoBean Mailer mailer;
	@Autowired StatisticsService statistics;
	@Autowired AgencyCatalogue agencies;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired Clock clock;

	@Test
	void everyoneSeesTheFiguresOfTheirOwnScope() {

		// Kota Kendari (74.71): two KTP complaints for Dukcapil, one about a road for PUPR.
		submit("74.71", "kependudukan-ktp", "dukcapil", 2);
		submit("74.71", "jalan-kabupaten-kota", "pupr", 1);

		assertThat(received(scope(accounts.staff(Role.LIAISON, "dukcapil-74.71")).filter(today(), today(), null,
				Criteria.NONE))).isEqualTo(2);
		assertThat(received(scope(accounts.agencyAdmin("pemda-74.71")).filter(today(), today(), null, Criteria.NONE)))
				.isEqualTo(3);
		assertThat(received(MonitoringScope.NATION.filter(today(), today(), "74.71", Criteria.NONE))).isEqualTo(3);
	}

	@Test
	void thePublicGetsNoCountThatCouldPointToAPerson() {

		// Kota Bau Bau (74.72): fewer reports than the smallest count the public may see, for each body and in all.
		submit("74.72", "kependudukan-ktp", "dukcapil", SmallCellSuppression.K - 2);
		submit("74.72", "jalan-kabupaten-kota", "pupr", 1);
		var filter = MonitoringScope.NATION.filter(today(), today(), "74.72", Criteria.NONE);

		var staff = statistics.compute(GroupBy.BODY, filter, Locale.ROOT);
		assertThat(staff.totals().received()).isEqualTo(SmallCellSuppression.K - 1);
		assertThat(staff.groups()).hasSize(2);

		var published = statistics.computePublic(GroupBy.BODY, filter, Statistics.Detail.FULL, Locale.ROOT);
		assertThat(published.groups()).hasSize(2).allSatisfy(group -> {
			assertThat(group.suppressed()).isTrue();
			assertThat(group.received()).isNull();
		});
		assertThat(published.totals().received()).isNull();
	}

	/** Reports that reach the region's body for the category, which has a liaison officer. */
	private void submit(String regionCode, String categoryCode, String bodyKind, int count) {
		reports.ensureLiaison(bodyKind + "-" + regionCode);
		var reporter = accounts.citizen("Warga " + regionCode);
		for (int i = 0; i < count; i++) {
			reports.submit(reporter, regionCode, categoryCode, false, false);
		}
	}

	private MonitoringScope scope(String email) {
		return MonitoringScope.of((LaporUser) accounts.details(email), agencies);
	}

	private long received(Filter filter) {
		return statistics.totals(filter).received();
	}

	private LocalDate today() {
		return IndonesianTimeZones.today(clock);
	}
}

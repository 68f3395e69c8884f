package id.lapor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import id.lapor.agency.AgencyKind;
import id.lapor.calendar.IndonesianTimeZones;
import id.lapor.report.Channel;
import id.lapor.report.Classification;
import id.lapor.statistics.Filter;
import id.lapor.statistics.GroupBy;
import id.lapor.statistics.OverdueRollup;
import id.lapor.statistics.ReportRollup;
import id.lapor.statistics.Statistics;
import id.lapor.statistics.Statistics.Detail;
import id.lapor.statistics.StatisticsRow;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The yearly, monthly and daily rollups give exactly what a fresh count of the reports gives, on synthetic data: every
 * grouping under filters one rollup covers, filters none covers, periods aligned and not aligned to months, before the
 * first refresh, after it (the year and month under way read whole), after reports changed (read as the rollups plus
 * the logged changes) and after a holiday was added, and while a refresh runs. Runs in an application context of its
 * own, so on an empty embedded database of its own (the generator refuses databases with real reports), with a fixed
 * clock so both counts see the same "now".
 */
@SpringBootTest(properties = "lapor.test.context=synthetic-data")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RollupEqualsRawTests {

	static final Instant NOW = Instant.parse("2026-11-20T05:00:00Z");
	static final LocalDate NOW_WIB = LocalDate.ofInstant(NOW, IndonesianTimeZones.WIB);

	@TestConfiguration
	static class FixedClock {

		@Bean
		@Primary
		SettableClock fixedClock() {
			return new SettableClock();
		}
	}

	/** At {@link #NOW}, except where a test sets it (and sets it back). */
	static final class SettableClock extends Clock {

		private volatile Instant instant = NOW;

		void set(Instant instant) {
			this.instant = instant;
		}

		@Override
		public Instant instant() {
			return instant;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(instant, zone);
		}
	}

	@Autowired DataSource dataSource;
	@Autowired JdbcTemplate jdbc;
	@Autowired Statistics statistics;
	@Autowired ReportRollup rollup;
	@Autowired OverdueRollup overdue;
	@Autowired SettableClock clock;
	@Autowired PlatformTransactionManager transactionManager;

	String province;
	String regency;
	Set<Long> bodies;
	String category;

	@BeforeAll
	void generate() throws Exception {
		assumeTrue(jdbc.queryForObject("select count(*) from reports", Long.class) == 0,
				"needs an empty database of its own (embedded); an external database holds other tests' reports");
		var summary = new SyntheticDataGenerator(dataSource, "{noop}unused").generate(4000, 11, 200, 1000, NOW);
		assertThat(summary.reports()).isEqualTo(4000);

		regency = jdbc.queryForObject(
				"select region_code from reports group by 1 order by count(*) desc, 1 limit 1", String.class);
		province = regency.substring(0, regency.indexOf('.'));
		bodies = Set.copyOf(jdbc.queryForList(
				"select agency_id from reports where agency_id is not null group by 1 order by count(*) desc, 1 limit 3",
				Long.class));
		category = jdbc.queryForObject("""
				select c.parent_code from reports r join categories c on c.code = r.category_code
				where c.parent_code is not null group by 1 order by count(*) desc, 1 limit 1""", String.class);
	}

	@Test
	@Order(1)
	void rollupsEqualAFreshCountOfTheReports() {

		// Before any refresh no month is computed: all from the reports.
		assertThat(rolledUp(statistics.count(GroupBy.PROVINCE, tenYears()))).containsExactly(0, 0, 0);

		var built = rollup.refreshAll();
		assertThat(built.months()).isGreaterThan(100);
		assertThat(built.years()).isGreaterThanOrEqualTo(10);
		// Ten years: whole years from the yearly rollups (the first and the last widened to the year's boundaries
		// where the part added holds no report).
		var built10Years = statistics.count(GroupBy.CLASSIFICATION, tenYears());
		var whole = rolledUp(built10Years);
		assertThat(built10Years.yearsFromRollup()).isGreaterThanOrEqualTo(10);
		// Twelve calendar months: the year under way and the month before it, by body too (kept by year and month
		// only), as nothing was submitted after the period's end; a period that ends before the month's last reports
		// reads its months from the monthly rollups and the rest from the reports.
		assertThat(rolledUp(statistics.count(GroupBy.BODY, twelveMonths()))).containsExactly(1, 1, 0);
		var endedTenDaysAgo = Filter.between(twelveMonths().from(), NOW.minus(Duration.ofDays(10)));
		assertThat(jdbc.queryForObject("select count(*) from reports where submitted_at >= ?", Long.class,
				Timestamp.from(endedTenDaysAgo.to()))).isPositive();
		assertThat(rolledUp(statistics.count(GroupBy.BODY, endedTenDaysAgo))).containsExactly(0, 11, 0);
		assertThat(statistics.count(GroupBy.BODY, endedTenDaysAgo).groups()).isEqualTo(
				statistics.countFromReports(GroupBy.BODY, endedTenDaysAgo).groups());
		// The last 30 days lie in two months: the month under way is read whole (nothing was submitted after today),
		// the days of the other one from the daily rollups.
		var lastThirtyDays = statistics.count(GroupBy.PROVINCE, thirtyDays());
		assertThat(lastThirtyDays.monthsFromRollup()).isEqualTo(1);
		assertThat(lastThirtyDays.daysFromRollup()).isEqualTo(30 - NOW_WIB.getDayOfMonth());
		assertSameAsReports();

		// A report changes, another one goes to a different body (the only report of its old body): both are logged,
		// every month is still read from the rollups, with the changes on top, and nothing is stale.
		var changed = jdbc.queryForObject("""
				select id from reports where rating is not null and submitted_at < ? order by id limit 1""",
				UUID.class, Timestamp.from(NOW.minus(Duration.ofDays(400))));
		jdbc.update("update reports set rating = case when rating = 1 then 5 else 1 end where id = ?", changed);
		var lonelyBody = jdbc.queryForObject("""
				select agency_id from reports where agency_id is not null
				group by 1 having count(*) = 1 order by 1 limit 1""", Long.class);
		jdbc.update("update reports set agency_id = ? where agency_id = ?", bodies.iterator().next(), lonelyBody);
		assertThat(jdbc.queryForObject("select count(*) from report_rollup_changes", Long.class)).isEqualTo(4);
		assertThat(rolledUp(statistics.count(GroupBy.CLASSIFICATION, tenYears()))).isEqualTo(whole);
		assertThat(statistics.count(GroupBy.BODY, tenYears()).groups()).extracting(StatisticsRow::key)
				.doesNotContain(Long.toString(lonelyBody));
		assertSameAsReports();
		assertThat(rollup.refreshAll().months()).isBetween(1, 2);
		assertThat(jdbc.queryForObject("select count(*) from report_rollup_changes", Long.class)).isZero();
		assertSameAsReports();

		// A new holiday shortens the working days of the reports whose span it falls in: logged as changes too.
		var workingDays = jdbc.queryForObject("select sum(response_working_days) from reports", Long.class);
		jdbc.update("""
				insert into holidays (holiday_date, name_id, name_en, kind)
				values (?, 'Libur uji', 'Test holiday', 'PUBLIC')""", LocalDate.of(2022, 3, 15));
		assertThat(jdbc.queryForObject("select sum(response_working_days) from reports", Long.class))
				.isLessThan(workingDays);
		assertThat(jdbc.queryForObject("select count(*) from report_rollup_changes", Long.class)).isPositive();
		assertThat(rolledUp(statistics.count(GroupBy.CLASSIFICATION, tenYears()))).isEqualTo(whole);
		assertSameAsReports();
		assertThat(rollup.refreshAll().months()).isPositive();
		assertThat(rolledUp(statistics.count(GroupBy.CLASSIFICATION, tenYears()))).isEqualTo(whole);
		assertSameAsReports();

		// A month whose reports are logged but which was never computed (as after an upgrade from dirty days): its
		// year is not read (the yearly rollup does not hold it), the other years are; the next refresh computes it.
		jdbc.update("delete from report_rollup_months where month = '2022-06-01'");
		assertThat(jdbc.queryForObject("select log_uncomputed_report_rollup()", Long.class)).isPositive();
		var withUncomputedMonth = statistics.count(GroupBy.CLASSIFICATION, tenYears());
		assertThat(withUncomputedMonth.yearsFromRollup()).isEqualTo(built10Years.yearsFromRollup() - 1);
		assertThat(withUncomputedMonth.monthsFromRollup()).isEqualTo(built10Years.monthsFromRollup() + 11);
		assertSameAsReports();
		assertThat(rollup.refreshAll()).extracting(ReportRollup.Refreshed::months, ReportRollup.Refreshed::years)
				.containsExactly(1, 1);
		assertThat(rolledUp(statistics.count(GroupBy.CLASSIFICATION, tenYears()))).isEqualTo(whole);

		// A reminder changes nothing the rollups hold: nothing is logged.
		jdbc.update("update reports set reminded_for_due = next_due_at where next_due_at is not null");
		assertThat(jdbc.queryForObject("select count(*) from report_rollup_changes", Long.class)).isZero();

		// A report moves to today (as a new one arrives): the last 30 days are still read from the rollups.
		var moved = jdbc.queryForObject("select id from reports where submitted_at < ? order by id limit 1",
				UUID.class, Timestamp.from(NOW.minus(Duration.ofDays(400))));
		jdbc.update("update reports set submitted_at = ? where id = ?", Timestamp.from(NOW.minus(Duration.ofHours(1))),
				moved);
		var lastThirtyDaysAfterMove = statistics.count(GroupBy.PROVINCE, thirtyDays());
		assertThat(lastThirtyDaysAfterMove.monthsFromRollup()).isEqualTo(1);
		assertThat(lastThirtyDaysAfterMove.daysFromRollup()).isEqualTo(30 - NOW_WIB.getDayOfMonth());
		assertSameAsReports();

		// A report arrives for an old day (a copy without history, so that it can be deleted again).
		var copied = jdbc.queryForObject("select id from reports where submitted_at < ? order by id desc limit 1",
				UUID.class, Timestamp.from(NOW.minus(Duration.ofDays(200))));
		var copy = UUID.randomUUID();
		jdbc.update("""
				insert into reports
				select (jsonb_populate_record(r, jsonb_build_object('id', ?, 'tracking_number', 'COPY-1',
				                                                    'submission_token', ?))).*
				from reports r where r.id = ?""", copy.toString(), UUID.randomUUID().toString(), copied);
		assertSameAsReports(4001);
		// Each month with logged changes is recomputed once: today's, the moved report's old one, the copy's.
		var changedMonths = jdbc.queryForObject(
				"select count(distinct date_trunc('month', day::timestamp)) from report_rollup_changes", Integer.class);
		assertThat(changedMonths).isBetween(2, 3);
		assertThat(rollup.refreshAll().months()).isEqualTo(changedMonths);
		assertThat(jdbc.queryForObject("select count(*) from report_rollup_changes", Long.class)).isZero();

		// It is deleted: logged, still read from the rollups.
		jdbc.update("delete from reports where id = ?", copy);
		assertThat(rolledUp(statistics.count(GroupBy.CLASSIFICATION, tenYears()))).isEqualTo(whole);
		assertSameAsReports();
		assertThat(rollup.refreshAll().months()).isEqualTo(1);
		assertSameAsReports();
	}

	/**
	 * A change committed after a refresh took its snapshot, while it recomputes that very month, stays logged: the
	 * refresh deletes only the changes its snapshot saw, so the change is read on top of the new rollup. The refresh
	 * is held (a lock on the month's row in {@code report_rollup_months}) right after it computed the month and before
	 * it deletes the log, and the change is committed then.
	 */
	@Test
	@Order(2)
	void aChangeCommittedWhileARefreshRunsStaysLogged() throws Exception {
		rollup.refreshAll();
		var month = LocalDate.of(2023, 3, 1);
		var rated = jdbc.queryForList("""
				select id from reports where submitted_at >= ? and submitted_at < ? and rating is not null
				order by id limit 2""", UUID.class, Timestamp.from(wib(month)),
				Timestamp.from(wib(month.plusMonths(1))));
		assertThat(rated).hasSize(2);
		var flip = "update reports set rating = case when rating = 1 then 5 else 1 end where id = ?";
		jdbc.update(flip, rated.get(0));

		// The refresh waits for the month's row once it has counted the month from its snapshot.
		var refreshed = whileHeld(() -> jdbc.queryForList(
						"select month from report_rollup_months where month = ? for update", LocalDate.class, month),
				rollup::refreshAll, "insert into report_rollup_months", () -> jdbc.update(flip, rated.get(1)));
		assertThat(refreshed.months()).isEqualTo(1);

		// The first change went into the new rollup, the second one is still logged and counted on top of it.
		assertThat(jdbc.queryForObject("select count(*) from report_rollup_changes", Long.class)).isEqualTo(2);
		assertThat(statistics.count(GroupBy.BODY, tenYears()).groups())
				.isEqualTo(statistics.countFromReports(GroupBy.BODY, tenYears()).groups());
		assertSameAsReports();
		assertThat(rollup.refreshAll().months()).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from report_rollup_changes", Long.class)).isZero();
		assertSameAsReports();
	}

	/**
	 * The worst overdue bodies from the overdue rollup equal a fresh count of the reports: not answered before the
	 * first refresh; after it, with deadlines, bodies and regions changed since (logged), a report added and one
	 * deleted, deadlines passed since the refresh (counted live) and a clock behind the refresh (the reports due
	 * between now and the refresh taken away); under each filter it holds. Filters it does not hold are counted from
	 * the reports.
	 */
	@Test
	@Order(3)
	void worstOverdueFromTheRollupEqualsAFreshCount() {
		var all = Filter.between(Instant.parse("2000-01-01T00:00:00Z"), NOW.plus(Duration.ofDays(1)));
		assertThat(overdue.worst(all, 10)).isEmpty();
		var refreshedAt = NOW.minus(Duration.ofDays(3));
		try {
			clock.set(refreshedAt);
			assertThat(overdue.refresh()).isPositive();
			clock.set(NOW);
			assertWorstOverdueSameAsReports(all);
			assertThat(deadlineChanges()).isZero();

			var overdueReports = jdbc.queryForList("""
					select id from reports where next_due_at < ? and agency_id is not null order by id limit 4""",
					UUID.class, Timestamp.from(refreshedAt));
			assertThat(overdueReports).hasSize(4);
			var notYetDue = jdbc.queryForList("""
					select id from reports where next_due_at > ? and agency_id is not null order by id limit 2""",
					UUID.class, Timestamp.from(NOW));
			assertThat(notYetDue).hasSize(2);
			// Due again later, no deadline any more, to another body, to another region (all logged); falling due
			// since the refresh (counted live) and before it (logged).
			var setDue = "update reports set next_due_at = ? where id = ?";
			jdbc.update(setDue, Timestamp.from(NOW.plus(Duration.ofDays(30))), overdueReports.get(0));
			jdbc.update("update reports set next_due_at = null where id = ?", overdueReports.get(1));
			jdbc.update("update reports set agency_id = ? where id = ?", bodies.iterator().next(),
					overdueReports.get(2));
			jdbc.update("update reports set region_code = ? where id = ?", regency, overdueReports.get(3));
			jdbc.update(setDue, Timestamp.from(NOW.minus(Duration.ofHours(1))), notYetDue.get(0));
			jdbc.update(setDue, Timestamp.from(refreshedAt.minus(Duration.ofDays(1))), notYetDue.get(1));
			assertThat(deadlineChanges()).isEqualTo(11);
			assertWorstOverdueSameAsReports(all);
			// An update that changes none of them logs nothing; a report that loses its body is logged.
			jdbc.update("update reports set title = title where id = ?", overdueReports.get(2));
			assertThat(deadlineChanges()).isEqualTo(11);
			jdbc.update("update reports set agency_id = null where id = ?", overdueReports.get(2));
			assertThat(deadlineChanges()).isEqualTo(13);
			assertWorstOverdueSameAsReports(all);
			// The live part has reports in both of its windows: due since the refresh, due in the two days before it.
			var dueBetween = "select count(*) from reports where next_due_at >= ? and next_due_at < ?";
			assertThat(jdbc.queryForObject(dueBetween, Long.class, Timestamp.from(refreshedAt), Timestamp.from(NOW)))
					.isPositive();
			assertThat(jdbc.queryForObject(dueBetween, Long.class,
					Timestamp.from(refreshedAt.minus(Duration.ofDays(2))), Timestamp.from(refreshedAt))).isPositive();

			// A report added overdue, then deleted.
			var copy = UUID.randomUUID();
			jdbc.update("""
					insert into reports
					select (jsonb_populate_record(r, jsonb_build_object('id', ?, 'tracking_number', 'COPY-2',
					                                                    'submission_token', ?))).*
					from reports r where r.id = ?""", copy.toString(), UUID.randomUUID().toString(),
					notYetDue.get(1));
			assertWorstOverdueSameAsReports(all);
			jdbc.update("delete from reports where id = ?", copy);
			assertWorstOverdueSameAsReports(all);

			// The clock behind the refresh: what fell due between now and the refresh is not overdue.
			clock.set(refreshedAt.minus(Duration.ofDays(2)));
			assertWorstOverdueSameAsReports(all);
			clock.set(NOW);

			// Filters the rollup does not hold: a category, a period that leaves out reports.
			assertThat(overdue.worst(with(all, null, null, category, null, null, null), 10)).isEmpty();
			assertThat(overdue.worst(twelveMonths(), 10)).isEmpty();
			for (var filter : List.of(with(all, null, null, category, null, null, null), twelveMonths())) {
				assertThat(statistics.worstOverdue(filter, 10)).as("%s", filter)
						.isEqualTo(statistics.worstOverdueFromReports(filter, 10));
			}

			// The next refresh folds the log in.
			assertThat(overdue.refresh()).isPositive();
			assertThat(deadlineChanges()).isZero();
			assertWorstOverdueSameAsReports(all);
		} finally {
			clock.set(NOW);
		}
	}

	/**
	 * In January: twelve calendar months read the months of the year before and the new one's, ten years read whole
	 * years and the new year's days, thirty days cross New Year; each like a fresh count, with a report in the new
	 * year (its month computed and its year built).
	 */
	@Test
	@Order(4)
	void periodsAcrossNewYearEqualAFreshCount() {
		var today = LocalDate.of(2027, 1, 5);
		// Reports in the new year and in the December before it (copies of the latest one).
		var copies = List.of(UUID.randomUUID(), UUID.randomUUID());
		var submitted = List.of(wib(today.minusDays(3)), wib(LocalDate.of(2026, 12, 3)));
		for (int i = 0; i < copies.size(); i++) {
			jdbc.update("""
					insert into reports
					select (jsonb_populate_record(r, jsonb_build_object('id', ?, 'tracking_number', ?,
					                                                    'submission_token', ?, 'submitted_at', ?))).*
					from reports r where r.id = (select id from reports order by submitted_at desc, id limit 1)""",
					copies.get(i).toString(), "COPY-NY-" + i, UUID.randomUUID().toString(),
					submitted.get(i).plus(Duration.ofHours(3)).toString());
		}
		try {
			clock.set(wib(today).plus(Duration.ofHours(10)));
			assertThat(rollup.refreshAll().years()).isPositive();
			var end = wib(today.plusDays(1));
			var tenYears = Filter.between(wib(LocalDate.of(2017, 1, 1)), end);
			for (var filter : List.of(Filter.between(wib(LocalDate.of(2026, 2, 1)), end), tenYears,
					Filter.between(wib(today.minusDays(29)), end))) {
				for (var groupBy : GroupBy.values()) {
					var counted = statistics.count(groupBy, filter);
					assertThat(counted.groups()).as("%s by %s", filter, groupBy)
							.isEqualTo(statistics.countFromReports(groupBy, filter).groups());
				}
			}
			// Years, months and days read from the rollups: the new year whole (nothing was submitted after the
			// period), eleven months of the year before (its January holds reports), and 25 days of its December
			// (its first days hold a report, so the month is not widened).
			assertThat(rolledUp(statistics.count(GroupBy.CLASSIFICATION, tenYears))).containsExactly(11, 0, 0);
			assertThat(rolledUp(statistics.count(GroupBy.CLASSIFICATION,
					Filter.between(wib(LocalDate.of(2026, 2, 1)), end)))).containsExactly(1, 11, 0);
			assertThat(rolledUp(statistics.count(GroupBy.PROVINCE, Filter.between(wib(today.minusDays(29)), end))))
					.containsExactly(1, 0, 25);
			var sinceDecember = Filter.between(wib(LocalDate.of(2026, 12, 1)), end);
			assertThat(statistics.countFromReports(GroupBy.CLASSIFICATION, sinceDecember).total().received())
					.isEqualTo(2);
		} finally {
			clock.set(NOW);
			jdbc.update("delete from reports where id in (?, ?)", copies.get(0), copies.get(1));
			rollup.refreshAll();
		}
	}

	/**
	 * A deadline change committed while the overdue refresh runs, after it took its snapshot, stays logged and is
	 * counted on top of the new rollup: the refresh is held (a lock on a row it deletes) and the change committed then.
	 */
	@Test
	@Order(5)
	void aDeadlineChangeCommittedWhileTheOverdueRefreshRunsStaysLogged() throws Exception {
		var all = Filter.between(Instant.parse("2000-01-01T00:00:00Z"), NOW.plus(Duration.ofDays(1)));
		overdue.refresh();
		var moved = jdbc.queryForObject("""
				select id from reports where next_due_at < ? and agency_id is not null order by id limit 1""",
				UUID.class, Timestamp.from(NOW));

		// The refresh waits for the row once it has taken its snapshot.
		var rows = whileHeld(() -> jdbc.queryForList(
						"select agency_id from report_overdue_rollup order by agency_id limit 1 for update", Long.class),
				overdue::refresh, "delete from report_overdue_rollup",
				() -> jdbc.update("update reports set next_due_at = ? where id = ?",
						Timestamp.from(NOW.plus(Duration.ofDays(30))), moved));
		assertThat(rows).isPositive();

		assertThat(deadlineChanges()).isEqualTo(2);
		assertWorstOverdueSameAsReports(all);
		overdue.refresh();
		assertThat(deadlineChanges()).isZero();
		assertWorstOverdueSameAsReports(all);
	}

	/**
	 * Runs a refresh while another transaction holds a lock it needs: takes the lock, starts the refresh, waits until
	 * the refresh waits for a lock in a statement containing {@code waitingIn}, commits the change then, releases
	 * the lock and returns what the refresh returned.
	 */
	private <T> T whileHeld(Runnable lock, Callable<T> refresh, String waitingIn, Runnable change) throws Exception {
		var locked = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		var executor = Executors.newFixedThreadPool(2);
		try {
			var transaction = new TransactionTemplate(transactionManager);
			var holder = executor.submit(() -> transaction.executeWithoutResult(status -> {
				lock.run();
				locked.countDown();
				try {
					assertThat(release.await(60, TimeUnit.SECONDS)).isTrue();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}));
			assertThat(locked.await(60, TimeUnit.SECONDS)).isTrue();
			var refreshing = executor.submit(refresh);
			var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (jdbc.queryForObject("""
					select count(*) from pg_stat_activity
					where wait_event_type = 'Lock' and query like ?""", Long.class, "%" + waitingIn + "%") == 0) {
				assertThat(System.nanoTime()).as("the refresh reached the locked row").isLessThan(deadline);
				assertThat(refreshing.isDone()).as("the refresh is still running").isFalse();
				Thread.sleep(20);
			}
			change.run();
			release.countDown();
			holder.get(60, TimeUnit.SECONDS);
			return refreshing.get(60, TimeUnit.SECONDS);
		} finally {
			release.countDown();
			executor.shutdownNow();
		}
	}

	private long deadlineChanges() {
		return jdbc.queryForObject("select count(*) from report_deadline_changes", Long.class);
	}

	private void assertWorstOverdueSameAsReports(Filter all) {
		for (var filter : List.of(all, with(all, null, province, null, null, null, null),
				with(all, null, regency, null, null, null, null), with(all, bodies, null, null, null, null, null),
				with(all, Set.of(), null, null, null, null, null),
				with(all, null, null, null, null, null, AgencyKind.LOCAL_GOVERNMENT))) {
			var fresh = statistics.worstOverdueFromReports(filter, 100_000);
			assertThat(overdue.worst(filter, 100_000)).as("%s", filter).contains(fresh);
			assertThat(statistics.worstOverdue(filter, 10)).as("%s, top 10", filter)
					.isEqualTo(fresh.subList(0, Math.min(10, fresh.size())));
		}
		assertThat(statistics.worstOverdueFromReports(all, 100_000)).hasSizeGreaterThan(10);
	}

	/** How many years, months and days a count read from the rollups. */
	private static List<Integer> rolledUp(Statistics.Counts counts) {
		return List.of(counts.yearsFromRollup(), counts.monthsFromRollup(), counts.daysFromRollup());
	}

	private void assertSameAsReports() {
		assertSameAsReports(4000);
	}

	private void assertSameAsReports(long reports) {
		var filters = new ArrayList<Filter>();
		for (var period : List.of(tenYears(), twelveMonths(), thirtyDays(), unaligned())) {
			filters.add(period);
			filters.add(with(period, null, province, null, null, null, null));
			filters.add(with(period, null, regency, null, null, null, null));
			filters.add(with(period, bodies, null, null, null, null, null));
			filters.add(with(period, Set.of(), null, null, null, null, null));
			filters.add(with(period, null, null, null, null, null, AgencyKind.LOCAL_GOVERNMENT));
			filters.add(with(period, null, null, category, null, null, null));
			filters.add(with(period, null, null, null, Classification.COMPLAINT, null, null));
			filters.add(with(period, null, null, null, null, Channel.SMS, null));
			// Not covered by one rollup: counted from the reports.
			filters.add(with(period, null, province, null, Classification.COMPLAINT, null, null));
		}
		int fromRollups = 0;
		int daysFromRollups = 0;
		for (var filter : filters) {
			assertThat(statistics.total(filter)).as("%s, total", filter)
					.isEqualTo(statistics.countFromReports(GroupBy.CLASSIFICATION, filter).total());
			for (var groupBy : GroupBy.values()) {
				var counted = statistics.count(groupBy, filter);
				var fresh = statistics.countFromReports(groupBy, filter);
				assertThat(counted.groups()).as("%s by %s", filter, groupBy).isEqualTo(fresh.groups());
				assertThat(counted.total()).as("%s by %s, total", filter, groupBy).isEqualTo(fresh.total());
				// Less detail: the same counts, without percentiles (and without what depends on now).
				var withoutDurations = statistics.count(groupBy, filter, Detail.WITHOUT_DURATIONS);
				assertThat(withoutDurations.groups()).as("%s by %s, without durations", filter, groupBy)
						.usingRecursiveFieldByFieldElementComparatorIgnoringFields("durations")
						.isEqualTo(fresh.groups());
				assertThat(withoutDurations.groups()).extracting(StatisticsRow::durations)
						.allMatch(StatisticsRow.Durations.NONE::equals);
				var fixed = statistics.count(groupBy, filter, Detail.FIXED_COUNTS);
				assertThat(fixed.groups()).as("%s by %s, fixed counts", filter, groupBy)
						.usingRecursiveFieldByFieldElementComparatorOnFields("key", "received", "unverified", "red",
								"yellow", "green", "postponed", "archived", "completedOnTime", "reopened", "ratings",
								"averageRating")
						.isEqualTo(fresh.groups());
				fromRollups += counted.yearsFromRollup() + counted.monthsFromRollup();
				daysFromRollups += counted.daysFromRollup();
			}
		}
		assertThat(fromRollups).isPositive();
		assertThat(daysFromRollups).isPositive();
		// The data set is not trivial: the ten years hold reports of every colour and percentiles.
		var total = statistics.countFromReports(GroupBy.MONTH, tenYears()).total();
		assertThat(total.received()).isEqualTo(reports);
		assertThat(total.green()).isPositive();
		assertThat(total.red() + total.yellow()).isPositive();
		assertThat(total.durations().completionP90()).isNotNull();
	}

	private static Filter tenYears() {
		return Filter.between(NOW.minus(Duration.ofDays(3700)), NOW.plus(Duration.ofDays(1)));
	}

	/** From the first of a month (WIB) to today: eleven whole months and one part. */
	private static Filter twelveMonths() {
		var today = LocalDate.ofInstant(NOW, IndonesianTimeZones.WIB);
		return Filter.between(wib(today.minusMonths(11).withDayOfMonth(1)), wib(today.plusDays(1)));
	}

	private static Filter thirtyDays() {
		var today = LocalDate.ofInstant(NOW, IndonesianTimeZones.WIB);
		return Filter.between(wib(today.minusDays(29)), wib(today.plusDays(1)));
	}

	/** Mid-month to mid-month over several years, at an odd hour. */
	private static Filter unaligned() {
		return Filter.between(Instant.parse("2019-05-17T09:13:00Z"), Instant.parse("2024-02-11T17:45:00Z"));
	}

	private static Instant wib(LocalDate day) {
		return day.atStartOfDay(IndonesianTimeZones.WIB).toInstant();
	}

	private static Filter with(Filter period, Set<Long> agencies, String region, String category,
			Classification classification, Channel channel, AgencyKind kind) {
		return new Filter(period.from(), period.to(), agencies, region, category, classification, channel, kind, null);
	}
}

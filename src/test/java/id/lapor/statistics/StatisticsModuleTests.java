package id.lapor.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.lapor.calendar.IndonesianTimeZones;
import id.lapor.report.ColourCounts;
import id.lapor.report.ReportStatus;
import id.lapor.report.StatusColour;
import id.lapor.system.ModuleTestDatabase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The statistics module on its own (with the shared {@code system} module, as every module test): it needs no other
 * module's beans, only their tables, which it reads as its read model. Reports are written here in SQL as the
 * {@code report} module would have left them, into the database all module tests share ({@link ModuleTestDatabase}).
 * <p>
 * A status counts under its colour ({@link ReportStatus#colour}) in the SQL too, counted from the reports and from
 * the rollups; the status lists the migrations wrote into the schema (the partial index of the open reports, the
 * constraint that only they and the postponed ones have a deadline, the completion trigger) agree with the colours.
 */
@ApplicationModuleTest
@ModuleTestDatabase
class StatisticsModuleTests {

	private static final Pattern STATUS = Pattern.compile("'([A-Z_]+)'");

	@Autowired Statistics statistics;
	@Autowired ReportRollup rollup;
	@Autowired JdbcTemplate jdbc;

	@Test
	void everyStatusCountsUnderItsColourFromTheReportsAndFromTheRollups() {

		var before = statistics.colourCounts();
		var reporter = UUID.randomUUID();
		jdbc.update("""
				insert into accounts (id, email, password_hash, full_name, role, created_at)
				values (?, ?, 'x', 'Warga Statistik', 'CITIZEN', now())""", reporter, reporter + "@example.id");
		// One report in each status, each on a day of its own in March 2001 (10:00 WIB).
		var statuses = ReportStatus.values();
		for (int i = 0; i < statuses.length; i++) {
			var submitted = Timestamp.from(day(i).atTime(10, 0).atZone(IndonesianTimeZones.WIB).toInstant());
			jdbc.update("""
					insert into reports (id, tracking_number, classification, title, body, region_code, category_code,
					  anonymous, confidential, reporter_id, submission_token, status, archive_reason, submitted_at,
					  last_changed_at)
					select ?, ?, 'COMPLAINT', 'Laporan', 'Isi laporan', r.code, c.code, false, false, ?, ?, ?,
					  case when ? = 'ARCHIVED' then 'TOO_GENERAL' end, ?, ?
					from (select code from regions order by code limit 1) r,
					     (select code from categories order by code limit 1) c""", UUID.randomUUID(),
					"ST%08d".formatted(i), reporter, UUID.randomUUID(), statuses[i].name(), statuses[i].name(),
					submitted, submitted);
		}

		for (int i = 0; i < statuses.length; i++) {
			expectOneReportOfItsColour(statuses[i], statistics.countFromReports(GroupBy.CLASSIFICATION, filter(i)));
		}
		assertThat(rollup.refreshAll().months()).isPositive();
		for (int i = 0; i < statuses.length; i++) {
			var counts = statistics.count(GroupBy.CLASSIFICATION, filter(i));
			assertThat(counts.daysFromRollup() + counts.monthsFromRollup() + counts.yearsFromRollup()).isPositive();
			expectOneReportOfItsColour(statuses[i], counts);
		}

		var after = statistics.colourCounts();
		var added = EnumSet.allOf(ReportStatus.class).stream()
				.collect(Collectors.groupingBy(ReportStatus::colour, Collectors.counting()));
		assertThat(new ColourCounts(after.red() - before.red(), after.yellow() - before.yellow(),
				after.green() - before.green(), after.grey() - before.grey()))
				.isEqualTo(new ColourCounts(added.getOrDefault(StatusColour.RED, 0L),
						added.getOrDefault(StatusColour.YELLOW, 0L), added.getOrDefault(StatusColour.GREEN, 0L),
						added.getOrDefault(StatusColour.GREY, 0L)));
	}

	@Test
	void theSchemasStatusListsAgreeWithTheColours() {

		// Everything Java knows, the table accepts.
		assertThat(statuses("select pg_get_constraintdef(oid) from pg_constraint where conname = 'reports_status_check'"))
				.isEqualTo(names(EnumSet.allOf(ReportStatus.class)));
		// The live counts of the open reports read this partial index.
		assertThat(statuses("""
				select pg_get_expr(indpred, indrelid) from pg_index
				where indexrelid = 'reports_open_statistics_idx'::regclass"""))
				.isEqualTo(names(StatusBucket.statuses(StatusBucket.OPEN)));
		// The live counts read only the open and the postponed reports for deadlines: the others never have one.
		var open = EnumSet.copyOf(StatusBucket.statuses(StatusBucket.OPEN));
		open.addAll(StatusBucket.POSTPONED.statuses());
		assertThat(statuses("""
				select pg_get_constraintdef(oid) from pg_constraint
				where conname = 'reports_deadline_only_when_waiting'"""))
				.isEqualTo(names(EnumSet.complementOf(open)));
		// Working days to completion are kept for the green reports.
		assertThat(statuses("select prosrc from pg_proc where proname = 'set_report_working_days'"))
				.isEqualTo(names(ReportStatus.withColour(StatusColour.GREEN)));
	}

	private static void expectOneReportOfItsColour(ReportStatus status, Statistics.Counts counts) {
		var total = counts.total();
		assertThat(total.received()).as("%s received", status).isEqualTo(1);
		var colour = total.unverified() + total.red() + total.postponed() == 1 ? StatusColour.RED
				: total.yellow() == 1 ? StatusColour.YELLOW
				: total.green() == 1 ? StatusColour.GREEN
				: total.archived() == 1 ? StatusColour.GREY : null;
		assertThat(colour).as("colour of %s in SQL", status).isEqualTo(status.colour());
		assertThat(total.unverified() + total.red() + total.yellow() + total.green() + total.postponed()
				+ total.archived()).as("%s in one bucket", status).isEqualTo(1);
		var bucket = StatusBucket.of(status);
		assertThat(total.openAge().stale()).as("%s open", status).isEqualTo(StatusBucket.OPEN.contains(bucket) ? 1 : 0);
	}

	private static LocalDate day(int index) {
		return LocalDate.of(2001, 3, 1).plusDays(index);
	}

	private static Filter filter(int index) {
		return Filter.between(day(index).atStartOfDay(IndonesianTimeZones.WIB).toInstant(),
				day(index + 1).atStartOfDay(IndonesianTimeZones.WIB).toInstant());
	}

	private Set<String> statuses(String sql) {
		var text = jdbc.queryForObject(sql, String.class);
		return STATUS.matcher(String.valueOf(text)).results().map(match -> match.group(1)).collect(Collectors.toSet());
	}

	private static Set<String> names(Set<ReportStatus> statuses) {
		return statuses.stream().map(ReportStatus::name).collect(Collectors.toSet());
	}
}

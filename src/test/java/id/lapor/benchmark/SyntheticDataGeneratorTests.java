package id.lapor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.UUID;

import id.lapor.account.PlaceholderAccounts;
import id.lapor.report.TrackingNumber;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The generator on a PostgreSQL server of its own (the shared test database holds real test reports, which the
 * generator rightly refuses to write next to): consistent rows, marked as synthetic, and a refusal once a real
 * report appears.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticDataGeneratorTests {

	private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
	private static final int REPORTS = 2_000;

	private EmbeddedPostgres postgres;
	private JdbcTemplate jdbc;
	private SyntheticDataGenerator generator;
	private SyntheticDataGenerator.Summary summary;

	@BeforeAll
	void generate() throws Exception {
		postgres = EmbeddedPostgres.builder().setServerConfig("timezone", "UTC").start();
		var dataSource = postgres.getPostgresDatabase();
		// As the application does (spring.flyway.postgresql.transactional-lock=false): an index built concurrently
		// waits for every open transaction, Flyway's own lock transaction too.
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
				.configuration(java.util.Map.of("flyway.postgresql.transactional.lock", "false")).load().migrate();
		jdbc = new JdbcTemplate(dataSource);
		generator = new SyntheticDataGenerator(dataSource, "{noop}synthetic");
		summary = generator.generate(REPORTS, 42, 50, 700, NOW);
	}

	@AfterAll
	void stop() throws Exception {
		postgres.close();
	}

	@Test
	void writesTheReportsWithHistoryAndResponses() {
		assertThat(summary.reports()).isEqualTo(REPORTS);
		assertThat(count("select count(*) from reports")).isEqualTo(REPORTS);
		assertThat(count("select count(*) from report_history")).isEqualTo(summary.historyEntries())
				.isGreaterThan(3L * REPORTS);
		assertThat(count("select count(*) from report_responses")).isEqualTo(summary.responses())
				.isGreaterThan((long) REPORTS);
		assertThat(count("select count(*) from reports r where not exists "
				+ "(select 1 from report_history h where h.report_id = r.id)")).isZero();
		assertThat(count("select reports from synthetic_data_runs where finished_at is not null"))
				.isEqualTo(REPORTS);
	}

	@Test
	void syntheticStaffSignInWithTheirPasswordAloneAsTheBenchmarkDoes() {
		// Administrators and supervisors must otherwise enrol a second factor first (the benchmark got a 302).
		assertThat(count("select count(*) from accounts a join synthetic_accounts s on s.account_id = a.id "
				+ "where a.role <> 'CITIZEN' and not a.second_factor_exempt")).isZero();
		assertThat(count("select count(*) from accounts a join synthetic_accounts s on s.account_id = a.id "
				+ "where a.role in ('ADMIN', 'SUPERVISOR')")).isPositive();
	}

	@Test
	void routingExplanationsAreStoredAsTheReportPagesReadThem() {
		// RoutingRecords reads a JSON list; plain text made the liaison's report page fail (found by the load test).
		assertThat(count("select count(*) from reports where routing_explanation is not null")).isPositive();
		assertThat(count("select count(*) from reports where routing_explanation is not null "
				+ "and jsonb_typeof(routing_explanation::jsonb) <> 'array'")).isZero();
	}

	@Test
	void syntheticCitizensHaveVerifiedAddressesSoTheLoadSimulationsCanFileReports() {
		// Only a verified address may file a report (CitizenReportController).
		assertThat(count("select count(*) from accounts a join synthetic_accounts s on s.account_id = a.id "
				+ "where a.email_verified_at is null")).isZero();
		assertThat(count("select count(*) from accounts a join synthetic_accounts s on s.account_id = a.id "
				+ "where a.role = 'CITIZEN'")).isPositive();
	}

	@Test
	void everyReportComesFromASyntheticAccount() {
		// Anonymous ones name the sealed placeholder, with no seal behind it.
		assertThat(count("select count(*) from reports r where not exists "
				+ "(select 1 from synthetic_accounts s where s.account_id = r.reporter_id) and not (r.anonymous "
				+ "and r.reporter_id = '" + PlaceholderAccounts.SEALED_REPORTER + "' and r.reporter_seal is null)"))
				.isZero();
		assertThat(count("select count(*) from reports where anonymous")).isPositive();
		// Besides the synthetic ones, only the placeholders of anonymised and sealed reports (V32, V33).
		var placeholders = " and id not in ('" + PlaceholderAccounts.ANONYMISED_REPORTER + "', '"
				+ PlaceholderAccounts.SEALED_REPORTER + "')";
		assertThat(count("select count(*) from accounts where email not like '%@synthetic.lapor.test'"
				+ placeholders)).isZero();
		assertThat(count("select count(*) from accounts where role = 'CITIZEN'" + placeholders)).isEqualTo(50);
		assertThat(count("select count(*) from reports r where r.agency_id is not null and not exists "
				+ "(select 1 from accounts a where a.agency_id = r.agency_id and a.role = 'LIAISON')")).isZero();
	}

	@Test
	void timestampsFollowTheLifecycle() {
		assertThat(count("select count(*) from reports where submitted_at > ? or submitted_at < cast(? as timestamptz) - interval '3654 days'",
				NOW, NOW)).isZero();
		assertThat(count("""
				select count(*) from reports
				where first_assigned_at < submitted_at or followed_up_at < first_assigned_at
				   or completed_at < followed_up_at or closed_at < completed_at or last_changed_at > ?
				   or follow_up_due_at <= first_assigned_at or resolution_due_at <= first_assigned_at""", NOW))
				.isZero();
		assertThat(count("""
				select count(*) from report_history h join reports r on r.id = h.report_id
				where h.occurred_at < r.submitted_at or h.occurred_at > r.last_changed_at""")).isZero();
	}

	@Test
	void statusesMatchWhatHappened() {
		assertThat(count("""
				select count(*) from reports where status in ('COMPLETED', 'CLOSED')
				  and (completed_at is null or followed_up_at is null or outcome is null or closes_at is null
				       or next_due_at is not null)""")).isZero();
		assertThat(count("select count(*) from reports where status = 'CLOSED' and closed_at is null")).isZero();
		assertThat(count("select count(*) from reports where status not in ('COMPLETED', 'CLOSED') "
				+ "and (completed_at is not null or outcome is not null)")).isZero();
		assertThat(count("""
				select count(*) from reports
				where status in ('ASSIGNED', 'IN_PROGRESS', 'REOPENED', 'AWAITING_VERIFICATION', 'POSTPONED')
				  and next_due_at is null""")).isZero();
		assertThat(count("select count(*) from reports where status = 'ASSIGNED' and followed_up_at is not null"))
				.isZero();
		assertThat(count("select count(*) from reports where status = 'IN_PROGRESS' and followed_up_at is null"))
				.isZero();
		assertThat(count("select count(*) from reports where rating is not null and rated_at is null")).isZero();
		assertThat(count("select count(*) from reports where reopened_count > 0")).isPositive();
		// The last history entry leads to the report's status.
		assertThat(count("""
				select count(*) from reports r
				where r.status <> (select h.to_status from report_history h where h.report_id = r.id
				                   order by h.occurred_at desc, h.id desc limit 1)""")).isZero();
	}

	@Test
	void statusesAreSpreadRealistically() {
		// Most old reports are finished; recent ones are still open.
		var oldFinished = count("select count(*) filter (where status in ('CLOSED', 'ARCHIVED')) * 100 / count(*) "
				+ "from reports where submitted_at < cast(? as timestamptz) - interval '1 year'", NOW);
		var recentOpen = count("select count(*) filter (where status not in ('CLOSED', 'ARCHIVED')) * 100 / count(*) "
				+ "from reports where submitted_at > cast(? as timestamptz) - interval '30 days'", NOW);
		assertThat(oldFinished).isBetween(80L, 97L);
		assertThat(recentOpen).isGreaterThan(50L);
		assertThat(count("select count(distinct status) from reports")).isGreaterThanOrEqualTo(5);
		assertThat(count("select count(distinct channel) from reports")).isEqualTo(5);
		assertThat(count("select count(*) from reports where next_due_at < ?", NOW)).isPositive();
	}

	@Test
	void theSameSeedGivesTheSameRows() {

		var reference = ReferenceData.load(jdbc);
		var citizens = jdbc.queryForList("select id from accounts where role = 'CITIZEN' order by email", UUID.class)
				.toArray(UUID[]::new);
		var liaisons = new UUID[reference.agencyCodes.keySet().stream().mapToInt(Long::intValue).max().orElse(0) + 1];
		jdbc.query("select id, agency_id from accounts where role = 'LIAISON'",
				row -> { liaisons[row.getInt(2)] = row.getObject(1, UUID.class); });

		assertThat(rows(reference, citizens, liaisons)).isEqualTo(rows(reference, citizens, liaisons));
	}

	private static String rows(ReferenceData reference, UUID[] citizens, UUID[] liaisons) {
		var writer = new SyntheticReports(reference, new SplittableRandom(7), NOW.toEpochMilli(),
				SyntheticDataGenerator.SPAN, citizens[0], citizens, liaisons);
		var reports = new CopyRows(1 << 16);
		var history = new CopyRows(1 << 16);
		var responses = new CopyRows(1 << 16);
		for (int i = 0; i < 200; i++) {
			writer.write(i, 200, i, reports, history, responses);
		}
		return new String(reports.bytes()) + new String(history.bytes()) + new String(responses.bytes());
	}

	@Test
	void trackingNumbersAreValidAndUnique() {
		var numbers = jdbc.queryForList("select tracking_number from reports", String.class);
		assertThat(numbers).allSatisfy(number -> assertThat(TrackingNumber.parse(number)).isPresent());
		assertThat(SyntheticReports.trackingNumber(0)).isNotEqualTo(SyntheticReports.trackingNumber(1));
	}

	@Test
	void refusesOnceTheDatabaseHoldsARealReport() {

		var citizen = UUID.randomUUID();
		jdbc.update("insert into accounts (id, email, password_hash, full_name, role, created_at) "
				+ "values (?, 'real@example.id', 'x', 'Real Citizen', 'CITIZEN', now())", citizen);
		jdbc.update("""
				insert into reports (id, tracking_number, classification, title, body, region_code, category_code,
				  anonymous, confidential, reporter_id, submission_token, status, submitted_at, last_changed_at)
				select ?, 'REAL000000', 'COMPLAINT', 'Real', 'Real', r.code, c.code, false, false, ?, ?, 'SUBMITTED',
				  now(), now()
				from regions r, categories c limit 1""", UUID.randomUUID(), citizen, UUID.randomUUID());

		try {
			assertThatThrownBy(() -> generator.generate(10, 1, 5, 10, NOW))
					.isInstanceOf(SyntheticDataRefusedException.class)
					.hasMessageContaining("1 reports that are not synthetic");
		}
		finally {
			jdbc.update("delete from reports where reporter_id = ?", citizen);
			jdbc.update("delete from accounts where id = ?", citizen);
		}
	}

	private long count(String sql, Object... arguments) {
		var parameters = Arrays.stream(arguments)
				.map(argument -> argument instanceof Instant instant ? Timestamp.from(instant) : argument).toArray();
		return jdbc.queryForObject(sql, Long.class, parameters);
	}
}

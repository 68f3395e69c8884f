package id.lapor.benchmark;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import id.lapor.account.PlaceholderAccounts;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills a database with synthetic reports, their history and conversation, the citizens who sent them and a liaison
 * officer for every body they reach, over the last ten years. One thread generates batches of rows while the
 * database takes the previous batch through {@code COPY}; each batch is one transaction. The same seed on the same
 * catalogue gives the same data.
 * <p>
 * Refuses to run on a database that holds any report not sent by a synthetic account, so synthetic data never mixes
 * with real reports.
 */
final class SyntheticDataGenerator {

	static final String EMAIL_DOMAIN = "@synthetic.lapor.test";
	static final String ADMINISTRATOR_EMAIL = "admin" + EMAIL_DOMAIN;
	static final String SUPERVISOR_EMAIL = "pengawas" + EMAIL_DOMAIN;
	static final Duration SPAN = Duration.ofDays(3653);

	private static final Logger LOG = LoggerFactory.getLogger(SyntheticDataGenerator.class);
	private static final String[] GIVEN_NAMES = { "Agus", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gita", "Hendra",
			"Indah", "Joko", "Kartika", "Lestari", "Made", "Nur", "Putri", "Rina", "Sri", "Teguh", "Wayan", "Yusuf" };
	private static final String[] FAMILY_NAMES = { "Saputra", "Wijaya", "Siregar", "Nasution", "Hidayat", "Lubis",
			"Kurniawan", "Pratama", "Santoso", "Simanjuntak", "Wibowo", "Harahap", "Rahman", "Setiawan", "Pangaribuan" };

	/** What one run added. */
	record Summary(long runId, long reports, long historyEntries, long responses, Duration duration) {
	}

	private record Batch(byte[] reports, byte[] history, byte[] responses, long reportRows, long historyRows,
			long responseRows) {
	}

	private final DataSource dataSource;
	private final JdbcTemplate jdbc;
	private final String passwordHash;

	/**
	 * @param passwordHash the encoded password of every synthetic account ({@code {bcrypt}...})
	 */
	SyntheticDataGenerator(DataSource dataSource, String passwordHash) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
		this.passwordHash = passwordHash;
	}

	/**
	 * Adds {@code reports} synthetic reports submitted in the ten years before {@code now}.
	 *
	 * @throws SyntheticDataRefusedException when the database holds real reports or real accounts in the synthetic
	 * e-mail domain
	 */
	Summary generate(int reports, long seed, int citizens, int batchSize, Instant now) throws Exception {

		var started = System.nanoTime();
		refuseRealData();
		var reference = ReferenceData.load(jdbc);
		var existing = jdbc.queryForObject("select count(*) from reports", Long.class);
		var runs = jdbc.queryForObject("select count(*) from synthetic_data_runs", Long.class);
		var runId = jdbc.queryForObject("""
				insert into synthetic_data_runs (seed, requested_reports, started_at) values (?, ?, ?) returning id""",
				Long.class, seed, reports, Timestamp.from(now));

		// Each run on the same database continues the sequence of tracking numbers and draws from its own stream.
		var random = new SplittableRandom(seed ^ (runs * 0x9E3779B97F4A7C15L));
		var accounts = createAccounts(reference, citizens, runId, seed, now);
		var liaisons = new UUID[reference.agencyCodes.keySet().stream().mapToInt(Long::intValue).max().orElse(0) + 1];
		accounts.forEach((agencyId, id) -> {
			if (agencyId >= 0) {
				liaisons[agencyId.intValue()] = id;
			}
		});
		var citizenIds = jdbc.queryForList("""
				select a.id from accounts a join synthetic_accounts s on s.account_id = a.id
				where a.role = 'CITIZEN' and a.email like 'warga.%' order by a.email limit ?""", UUID.class, citizens)
				.toArray(UUID[]::new);
		var writer = new SyntheticReports(reference, random, now.truncatedTo(ChronoUnit.SECONDS).toEpochMilli(), SPAN,
				accounts.get(-1L), citizenIds, liaisons);

		var queue = new ArrayBlockingQueue<Batch>(2);
		long[] totals = new long[3];
		try (var executor = Executors.newSingleThreadExecutor()) {
			Future<?> producer = executor.submit(() -> {
				produce(writer, reports, batchSize, existing, queue);
				return null;
			});
			try {
				consume(reports, queue, producer, totals, started);
				producer.get();
			} catch (Exception e) {
				producer.cancel(true);
				throw e;
			}
		}

		var duration = Duration.ofNanos(System.nanoTime() - started);
		jdbc.update("""
				update synthetic_data_runs set finished_at = ?, reports = ?, history_entries = ?, responses = ?
				where id = ?""", Timestamp.from(now.plus(duration)), totals[0], totals[1], totals[2], runId);
		// As autovacuum would in the end: statistics for the planner, the visibility map for index-only scans.
		jdbc.execute("vacuum (analyze) reports");
		jdbc.execute("vacuum (analyze) report_history");
		jdbc.execute("vacuum (analyze) report_responses");
		return new Summary(runId, totals[0], totals[1], totals[2], Duration.ofNanos(System.nanoTime() - started));
	}

	/** Refuses when any report was not sent by a synthetic account, or a real account took a synthetic address. */
	void refuseRealData() {

		// A synthetic anonymous report names the sealed placeholder with no seal behind it; a real one has a seal.
		var realReports = jdbc.queryForObject("""
				select count(*) from reports r
				where not exists (select 1 from synthetic_accounts s where s.account_id = r.reporter_id)
				  and not (r.reporter_id = ? and r.reporter_seal is null)""", Long.class,
				PlaceholderAccounts.SEALED_REPORTER);
		if (realReports > 0) {
			throw new SyntheticDataRefusedException("The database holds " + realReports + " reports that are not "
					+ "synthetic; generate into an empty database of its own (see docs/performance.md)");
		}
		var impostors = jdbc.queryForObject("""
				select count(*) from accounts a
				where a.email like ? and not exists (select 1 from synthetic_accounts s where s.account_id = a.id)""",
				Long.class, "%" + EMAIL_DOMAIN);
		if (impostors > 0) {
			throw new SyntheticDataRefusedException("The database holds " + impostors + " accounts in the synthetic "
					+ "e-mail domain that were not created by the generator");
		}
	}

	/**
	 * Creates the accounts that do not exist yet: citizens, the national administrator, a supervisor and one liaison
	 * officer per body in use.
	 *
	 * @return the ids of the liaison officers by body id, the administrator under {@code -1}
	 */
	private Map<Long, UUID> createAccounts(ReferenceData reference, int citizens, long runId, long seed, Instant now) {

		var rows = new ArrayList<Object[]>();
		var created = Timestamp.from(now.minus(SPAN).minus(Duration.ofDays(1)));
		var random = new SplittableRandom(seed);
		// Ids follow from the e-mail address, so the same seed gives the same rows.
		for (int i = 1; i <= citizens; i++) {
			var name = GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)] + " "
					+ FAMILY_NAMES[random.nextInt(FAMILY_NAMES.length)];
			var email = "warga.%06d%s".formatted(i, EMAIL_DOMAIN);
			rows.add(new Object[] { id(email), email, passwordHash, name,
					"CITIZEN", null, created });
		}
		rows.add(new Object[] { id(ADMINISTRATOR_EMAIL), ADMINISTRATOR_EMAIL, passwordHash, "Admin Nasional (sintetis)",
				"ADMIN", reference.administratorAgencyId, created });
		rows.add(new Object[] { id(SUPERVISOR_EMAIL), SUPERVISOR_EMAIL, passwordHash, "Pengawas Ombudsman (sintetis)",
				"SUPERVISOR", reference.supervisorAgencyId, created });
		for (var body : reference.bodiesInUse()) {
			var email = liaisonEmail(reference.agencyCodes.get(body));
			rows.add(new Object[] { id(email), email, passwordHash,
					"Penghubung " + reference.agencyCodes.get(body), "LIAISON", body, created });
		}

		try (var connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			// Like the demo accounts, synthetic staff sign in with their password alone: the benchmark has no phone.
			// Their addresses count as verified, so the load simulations (src/load) can file reports as these citizens;
			// a run on accounts an older generator left verifies them too.
			try (var insert = connection.prepareStatement("""
					insert into accounts (id, email, password_hash, full_name, role, agency_id, created_at,
					                      second_factor_exempt, email_verified_at)
					values (?, ?, ?, ?, ?, ?, ?, true, ?) on conflict (email) do update
					set email_verified_at = coalesce(accounts.email_verified_at, excluded.email_verified_at)""");
					var mark = connection.prepareStatement("""
							insert into synthetic_accounts (account_id, run_id)
							select id, ? from accounts where id = ?
							on conflict (account_id) do nothing""")) {
				for (var row : rows) {
					for (int i = 0; i < row.length; i++) {
						insert.setObject(i + 1, row[i]);
					}
					insert.setObject(row.length + 1, row[row.length - 1]);
					insert.addBatch();
					mark.setLong(1, runId);
					mark.setObject(2, row[0]);
					mark.addBatch();
				}
				insert.executeBatch();
				mark.executeBatch();
			}
			connection.commit();
		} catch (SQLException e) {
			throw new IllegalStateException("Could not create the synthetic accounts", e);
		}

		var ids = new HashMap<Long, UUID>();
		jdbc.query("""
				select a.id, a.role, a.agency_id from accounts a join synthetic_accounts s on s.account_id = a.id
				where a.role in ('LIAISON', 'ADMIN')""", row -> {
			var key = "ADMIN".equals(row.getString(2)) ? -1L : row.getLong(3);
			ids.put(key, row.getObject(1, UUID.class));
		});
		return ids;
	}

	private static UUID id(String email) {
		return UUID.nameUUIDFromBytes(email.getBytes(StandardCharsets.UTF_8));
	}

	static String liaisonEmail(String agencyCode) {
		return "penghubung." + agencyCode + EMAIL_DOMAIN;
	}

	private static void produce(SyntheticReports writer, int total, int batchSize, long existing,
			BlockingQueue<Batch> queue) throws InterruptedException {

		for (int first = 0; first < total; first += batchSize) {
			var size = Math.min(batchSize, total - first);
			var reports = new CopyRows(size * 1100);
			var history = new CopyRows(size * 6 * 200);
			var responses = new CopyRows(size * 2 * 200);
			for (int i = first; i < first + size; i++) {
				writer.write(i, total, existing + i, reports, history, responses);
			}
			queue.put(new Batch(reports.bytes(), history.bytes(), responses.bytes(), reports.rows(), history.rows(),
					responses.rows()));
		}
	}

	private void consume(int total, BlockingQueue<Batch> queue, Future<?> producer, long[] totals, long started)
			throws Exception {

		try (var connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			long nextLog = 0;
			while (totals[0] < total) {
				var batch = queue.poll(1, TimeUnit.SECONDS);
				if (batch == null) {
					if (producer.isDone()) {
						producer.get();
						throw new IllegalStateException("The generator stopped early");
					}
					continue;
				}
				// A crash loses at most the last batches; the data can be generated again.
				execute(connection, "set local synchronous_commit = off");
				copy.copyIn("copy reports (" + SyntheticReports.REPORT_COLUMNS + ") from stdin",
						new ByteArrayInputStream(batch.reports()));
				copy.copyIn("copy report_history (" + SyntheticReports.HISTORY_COLUMNS + ") from stdin",
						new ByteArrayInputStream(batch.history()));
				copy.copyIn("copy report_responses (" + SyntheticReports.RESPONSE_COLUMNS + ") from stdin",
						new ByteArrayInputStream(batch.responses()));
				connection.commit();
				totals[0] += batch.reportRows();
				totals[1] += batch.historyRows();
				totals[2] += batch.responseRows();
				if (totals[0] >= nextLog || totals[0] == total) {
					var seconds = Math.max(1, (System.nanoTime() - started) / 1_000_000_000L);
					LOG.info("{} of {} reports ({} history entries, {} responses) in {} s, {} reports/s", totals[0],
							total, totals[1], totals[2], seconds, totals[0] / seconds);
					nextLog = totals[0] + Math.max(total / 20, 1);
				}
			}
		} catch (ExecutionException e) {
			throw e.getCause() instanceof Exception cause ? cause : e;
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}
}

package id.lapor.benchmark;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import id.lapor.benchmark.BenchmarkPlan.Viewer;
import id.lapor.routing.RoutingRequest;
import id.lapor.routing.RoutingService;
import id.lapor.statistics.Filter;
import id.lapor.statistics.GroupBy;
import id.lapor.statistics.OverdueRollup;
import id.lapor.statistics.ReportRollup;
import id.lapor.statistics.Statistics;

import org.apache.commons.csv.CSVFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Measures the monitoring pages and the statistics query on the generated data once the application has started
 * (profile {@code benchmark}), prints a table, writes it to {@code docs/performance.md} and ends the application.
 * Requests run one after another from this process over HTTP, as the logged-in viewer of each page.
 */
@Component
@Profile("benchmark")
class BenchmarkRunner implements ApplicationRunner {

	static final String NOTES_MARKER = "<!-- Notes below this line are kept when the benchmark rewrites the file. -->";

	private static final Logger LOG = LoggerFactory.getLogger(BenchmarkRunner.class);
	private static final String WORST_OVERDUE = "Worst overdue bodies, all reports";
	private static final int ROUTING_ROUNDS = 5;
	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	/** One measured line of the table. */
	record Result(String name, String what, String viewer, int count, double median, double p95, double max,
			long bytes) {
	}

	private final BenchmarkProperties properties;
	private final Statistics statistics;
	private final RoutingService routing;
	private final ReportRollup rollup;
	private final OverdueRollup overdue;
	private final JdbcTemplate jdbc;
	private final Environment environment;
	private final ConfigurableApplicationContext context;
	private final Clock clock;

	BenchmarkRunner(BenchmarkProperties properties, Statistics statistics, RoutingService routing, ReportRollup rollup,
			OverdueRollup overdue, JdbcTemplate jdbc, Environment environment, ConfigurableApplicationContext context,
			Clock clock) {
		this.properties = properties;
		this.statistics = statistics;
		this.routing = routing;
		this.rollup = rollup;
		this.overdue = overdue;
		this.jdbc = jdbc;
		this.environment = environment;
		this.context = context;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {

		if (!properties.enabled()) {
			throw new IllegalStateException("The profile 'benchmark' measures the pages and ends the application; "
					+ "confirm with lapor.benchmark.enabled=true (./mvnw -Pbenchmark does)");
		}
		var reports = count("select count(*) from reports");
		if (reports == 0) {
			throw new IllegalStateException("No reports to measure: generate them first (./mvnw -Pgenerate)");
		}
		var base = "http://localhost:" + environment.getRequiredProperty("local.server.port");
		var province = jdbc.queryForObject(
				"select code from regions where level = 'PROVINCE' order by population desc nulls last limit 1",
				String.class);
		var body = jdbc.queryForObject("""
				select a.code from agencies a
				join (select agency_id, count(*) as reports from reports where agency_id is not null
				      group by agency_id order by reports desc limit 1) r on r.agency_id = a.id""", String.class);

		// As autovacuum leaves the table in the end (a migration may just have rewritten every row): planner statistics
		// and the visibility map for index-only scans.
		LOG.info("Vacuuming the report table");
		jdbc.execute("vacuum (analyze) reports");
		// The rollups as the refresh job keeps them (the benchmark runs without jobs): bring them up to date first.
		LOG.info("Refreshing the statistics rollups");
		var refreshStarted = System.nanoTime();
		var refreshed = rollup.refreshAll();
		var refresh = refreshed.months() == 0 ? "already current"
				: String.format(Locale.ROOT, "%d months (%,d rows) recomputed in %.1f s", refreshed.months(),
						refreshed.rows(), (System.nanoTime() - refreshStarted) / 1e9);
		overdue.refresh();
		// Rollup tables just rewritten: their statistics now, not by autovacuum in the middle of the measurements.
		jdbc.execute("vacuum (analyze) report_rollup, report_rollup_daily, report_rollup_months, "
				+ "report_rollup_changes, report_rollup_yearly, report_rollup_years, report_overdue_rollup, "
				+ "report_deadline_changes");
		// What the refresh and the vacuums wrote goes to disk now, not while the first pages are measured.
		jdbc.execute("checkpoint");

		var clients = new EnumMap<Viewer, HttpClient>(Viewer.class);
		clients.put(Viewer.PUBLIC, client());
		clients.put(Viewer.ADMINISTRATOR, login(base, SyntheticDataGenerator.ADMINISTRATOR_EMAIL));
		clients.put(Viewer.SUPERVISOR, login(base, SyntheticDataGenerator.SUPERVISOR_EMAIL));
		clients.put(Viewer.LIAISON, login(base, SyntheticDataGenerator.liaisonEmail(body)));

		var results = new ArrayList<Result>();
		for (var page : BenchmarkPlan.PAGES) {
			results.add(measure(page, page.name(), base, province, body, clients));
		}
		var heap = heapDuringExport(clients.get(Viewer.SUPERVISOR),
				URI.create(base + BenchmarkPlan.HEAP_EXPORT.replace("{body}", body)));
		var speedUps = new StringBuilder("""
				| query | from the reports: median ms | with the rollups: median ms | speed-up | years, months, days from rollups |
				|---|--:|--:|--:|--:|
				""");
		for (var query : BenchmarkPlan.QUERIES) {
			var filter = filter(query);
			var raw = measure(query.name() + ", reports only",
					"`Statistics.countFromReports(" + query.groupBy() + ")` over JDBC", "-",
					() -> (long) statistics.countFromReports(query.groupBy(), filter.get()).groups().size());
			var rolled = measure(query.name(), "`Statistics.count(" + query.groupBy() + ")` over JDBC", "-",
					() -> (long) statistics.count(query.groupBy(), filter.get()).groups().size());
			results.add(raw);
			results.add(rolled);
			var counted = statistics.count(query.groupBy(), filter.get());
			speedUps.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.1f× | %d, %d, %d |%n", query.name(),
					raw.median(), rolled.median(), raw.median() / rolled.median(), counted.yearsFromRollup(),
					counted.monthsFromRollup(), counted.daysFromRollup()));
		}
		// The dashboards' worst overdue bodies: every report past its deadline now, whenever it was sent.
		var allTime = Filter.between(Instant.parse("2000-01-01T00:00:00Z"), clock.instant().plus(Duration.ofDays(1)));
		if (overdue.worst(allTime, 10).isEmpty()) {
			throw new IllegalStateException("The overdue rollup does not answer for the worst overdue bodies");
		}
		var worstRaw = measure(WORST_OVERDUE + ", reports only",
				"`Statistics.worstOverdueFromReports` over JDBC", "-",
				() -> (long) statistics.worstOverdueFromReports(allTime, 10).size());
		var worstRolled = measure(WORST_OVERDUE, "`Statistics.worstOverdue` over JDBC", "-",
				() -> (long) statistics.worstOverdue(allTime, 10).size());
		results.add(worstRaw);
		results.add(worstRolled);
		speedUps.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.1f× | - |%n", WORST_OVERDUE,
				worstRaw.median(), worstRolled.median(), worstRaw.median() / worstRolled.median()));

		// Writes while reading: changes logged since the last refresh are read on top of the rollups.
		flipLatestRatings();
		try {
			jdbc.execute("analyze report_rollup_changes");
			var logged = count("select count(*) from report_rollup_changes");
			var suffix = String.format(Locale.ROOT, ", %,d changes logged", logged);
			for (var page : BenchmarkPlan.PAGES_WHILE_CHANGED) {
				results.add(measure(page, page.name() + suffix, base, province, body, clients));
			}
			var byAgency = BenchmarkPlan.QUERIES.stream().filter(query -> query.groupBy() == GroupBy.BODY).findFirst()
					.orElseThrow();
			var byBodyFilter = filter(byAgency);
			results.add(measure(byAgency.name() + suffix, "`Statistics.count(BODY)` over JDBC", "-",
					() -> (long) statistics.count(GroupBy.BODY, byBodyFilter.get()).groups().size()));
		} finally {
			// The ratings as they were, and the rollups current again.
			flipLatestRatings();
			rollup.refreshAll();
		}

		var table = table(results) + "\n" + heap + "\n\nThe same national queries over the raw tables and with the rollups (the ratio the issue asks "
				+ "for):\n\n" + speedUps + "\n" + routingSpeed();
		LOG.info("Benchmark on {} reports:\n{}", reports, table);
		write(table, reports, province, body, refresh);
		System.exit(SpringApplication.exit(context));
	}

	private Result measure(BenchmarkPlan.Page page, String name, String base, String province, String body,
			Map<Viewer, HttpClient> clients) throws Exception {
		var path = page.path().replace("{province}", province).replace("{body}", body);
		var client = clients.get(page.viewer());
		var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10)).build();
		return measure(name, "`GET " + path + "`", page.viewer().name().toLowerCase(Locale.ROOT), () -> {
			var response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
			}
			return (long) response.body().length;
		});
	}

	/**
	 * Turns the rating r of the latest rated synthetic reports into 6 − r: each change is logged for the rollups;
	 * doing it again restores every rating.
	 */
	private void flipLatestRatings() {
		jdbc.update("""
				update reports set rating = 6 - rating where id in (
				    select id from reports where rating is not null order by submitted_at desc, id desc limit ?)""",
				BenchmarkPlan.CHANGED_REPORTS);
	}

	/**
	 * Routing decisions in process, one at a time, with the whole catalogue: every report of the routing corpus (its
	 * text and region, no category) routed {@value #ROUTING_ROUNDS} times after as many warm-up rounds.
	 */
	private String routingSpeed() throws IOException {

		LOG.info("Measuring routing decisions");
		var requests = new ArrayList<RoutingRequest>();
		try (var reader = new InputStreamReader(new ClassPathResource("routing/corpus.csv").getInputStream(),
				StandardCharsets.UTF_8)) {
			for (var row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
				requests.add(RoutingRequest.of(row.get("title"), row.get("body"), row.get("region_code")));
			}
		}
		for (int round = 0; round < ROUTING_ROUNDS; round++) {
			requests.forEach(request -> routing.decide(request, Locale.ROOT));
		}
		var times = new ArrayList<Double>();
		for (int round = 0; round < ROUTING_ROUNDS; round++) {
			for (var request : requests) {
				var start = System.nanoTime();
				routing.decide(request, Locale.ROOT);
				times.add((System.nanoTime() - start) / 1e6);
			}
		}
		times.sort(null);
		var bodies = count("select count(*) from agencies where active");
		return String.format(Locale.ROOT, """
				Routing decisions (`RoutingService.decide` in process, rules and learner, %,d active bodies): %,d \
				decisions of the routing corpus's reports, one at a time, after %d warm-up rounds: p50 %.2f ms, \
				p95 %.2f ms, p99 %.2f ms, max %.2f ms.
				""", bodies, times.size(), ROUTING_ROUNDS, percentile(times, 50), percentile(times, 95),
				percentile(times, 99), times.getLast());
	}

	private Result measure(String name, String what, String viewer, Callable<Long> call) throws Exception {

		LOG.info("Measuring {}", name);
		var started = System.nanoTime();
		long size = 0;
		for (int i = 0; i < properties.warmups(); i++) {
			size = call.call();
		}
		var times = new ArrayList<Double>();
		while (times.size() < properties.requests()
				&& (times.isEmpty() || System.nanoTime() - started < properties.budget().toNanos())) {
			var start = System.nanoTime();
			size = call.call();
			times.add((System.nanoTime() - start) / 1e6);
		}
		times.sort(null);
		return new Result(name, what, viewer, times.size(), percentile(times, 50), percentile(times, 95),
				times.getLast(), size);
	}

	/** Nearest rank. */
	private static double percentile(List<Double> sorted, int percent) {
		var rank = (int) Math.ceil(percent / 100.0 * sorted.size());
		return sorted.get(Math.max(rank, 1) - 1);
	}

	private HttpClient login(String base, String email) throws IOException, InterruptedException {

		var client = client();
		var form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		var csrf = CSRF.matcher(form.body());
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the login page");
		}
		var body = "email=" + encode(email) + "&password=" + encode(properties.password()) + "&_csrf="
				+ encode(csrf.group(1));
		var response = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
		var location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("Login as " + email + " failed (" + response.statusCode() + " " + location
					+ "); was the data generated with the same password?");
		}
		return client;
	}

	private static HttpClient client() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(10)).build();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String table(List<Result> results) {
		var table = new StringBuilder("""
				| what | request | viewer | n | median ms | p95 ms | max ms | size |
				|---|---|---|--:|--:|--:|--:|--:|
				""");
		for (var result : results) {
			table.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %.0f | %.0f | %.0f | %s |%n",
					result.name(), result.what(), result.viewer(), result.count(), result.median(), result.p95(),
					result.max(), result.what().endsWith("over JDBC") ? result.bytes() + " rows"
							: String.format(Locale.ROOT, "%.0f kB", result.bytes() / 1024.0)));
		}
		return table.toString();
	}

	/**
	 * The heap an export holds on to: one more request while a sampler forces a full collection every 100 ms and
	 * records the heap in use right after it; the largest sample minus the heap in use after a full collection just
	 * before. Garbage the export leaves behind does not count, rows kept in memory would. The response is discarded
	 * as it arrives, so the client does not add to it.
	 */
	private String heapDuringExport(HttpClient client, URI uri) throws Exception {
		LOG.info("Measuring the heap during {}", uri);
		var memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		var baseline = memory.getHeapMemoryUsage().getUsed();
		var peak = new AtomicLong(baseline);
		var samples = new AtomicInteger();
		var done = new AtomicBoolean();
		var sampler = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
			while (!done.get()) {
				System.gc();
				peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				samples.incrementAndGet();
				try {
					Thread.sleep(100);
				} catch (InterruptedException e) {
					return;
				}
			}
		});
		var started = System.nanoTime();
		var response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(10)).build(),
				HttpResponse.BodyHandlers.discarding());
		var millis = (System.nanoTime() - started) / 1_000_000;
		done.set(true);
		sampler.join();
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + uri + " answered " + response.statusCode());
		}
		return String.format(Locale.ROOT, "Heap held during `GET %s` (%d ms with the sampler running): at most "
				+ "%.1f MB above the heap in use before it (largest of %d samples taken right after a full collection "
				+ "forced every 100 ms; baseline %.1f MB after a full collection).", uri.getRawPath() + "?"
				+ uri.getRawQuery(), millis, (peak.get() - baseline) / 1024.0 / 1024, samples.get(),
				baseline / 1024.0 / 1024);
	}

	/** The query's period up to the moment it is called. */
	private Supplier<Filter> filter(BenchmarkPlan.Query query) {
		return () -> {
			var to = clock.instant();
			var from = to.atZone(ZoneOffset.UTC).minus(query.period()).toInstant();
			return Filter.between(from, to);
		};
	}

	private void write(String table, long reports, String province, String body, String refresh) throws IOException {

		var output = properties.output();
		var notes = Files.exists(output) ? notes(Files.readString(output)) : "";
		var runs = jdbc.query("""
				select id, seed, reports, history_entries, responses,
				       extract(epoch from finished_at - started_at)::bigint as seconds
				from synthetic_data_runs where finished_at is not null order by id""",
				(row, n) -> String.format(Locale.ROOT, "| %d | %d | %,d | %,d | %,d | %d min %02d s |", row.getLong(1),
						row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6) / 60,
						row.getLong(6) % 60));
		var memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getTotalMemorySize();

		var text = """
				# Performance

				Measured by `./mvnw -Pbenchmark` on %s (UTC) on synthetic data from `./mvnw -Pgenerate` (see below).
				Median and 95th percentile (nearest rank) of %d measured requests after %d warm-up requests, one at a
				time, from the same JVM over HTTP with a logged-in session (fewer when a page took more than %d s in
				total: see `n`; with 10 requests the 95th percentile is the maximum). JDBC lines call `Statistics.count`
				directly (the dashboard's query without the web layer) and `countFromReports`, the same counts from the report
				table alone, never from the monthly rollups.

				## Machine

				| | |
				|---|---|
				| CPU | %s, %d cores available to the JVM |
				| memory | %.1f GiB |
				| OS | %s %s |
				| JDK | %s %s |
				| database | %s |

				## Data

				| | |
				|---|---|
				| reports | %,d |
				| history entries | %,d |
				| responses | %,d |
				| accounts | %,d |
				| database size | %s |
				| province measured (`{province}`) | %s |
				| body measured (`{body}`, its liaison's inbox) | %s (%,d reports) |
				| statistics rollups before measuring | %s |

				Generator runs (`synthetic_data_runs`; the time includes COPY into the indexed tables and `VACUUM ANALYZE`):

				| run | seed | reports | history entries | responses | time |
				|--:|--:|--:|--:|--:|--:|
				%s

				## Results

				%s
				## Rerun

				```
				./mvnw -Pgenerate -Dlapor.generator.reports=1000000   # into ./data/benchmark: 1 M in about 5 min on 2 cores
				./mvnw -Pbenchmark                                    # rewrites this file
				# 5 M (about 18 min) in a directory of its own, 10 measured requests per line:
				./mvnw -Pgenerate -Dlapor.generator.reports=5000000 -Dlapor.benchmark.data-directory=data/benchmark-5m
				./mvnw -Pbenchmark -Dlapor.benchmark.data-directory=data/benchmark-5m -Dlapor.benchmark.requests=10
				```

				Both use the embedded PostgreSQL in `./data/benchmark` (not the development database in `./data/postgres`);
				with `SPRING_DATASOURCE_URL` set they use that database instead. Delete `./data/benchmark` to start over.
				The pages measured are listed in `BenchmarkPlan`.

				The generator and the benchmark are tools, kept out of the production jar: they live in `src/benchmark/java`
				(package `id.lapor.benchmark`) and `src/benchmark/resources` (the profiles' settings). `./mvnw verify` compiles
				them with the tests (build-helper `add-test-source`), so `SyntheticDataGeneratorTests` and `RollupEqualsRawTests`
				run in every build; the profiles `generate` and `benchmark` compile them on their own into
				`target/benchmark-classes` and add only that directory to `spring-boot:run`. Not the test classpath: the test
				beans there (`TestMailbox`, fixed clocks) would join the application. `BenchmarkOutsideTheApplicationTests` and
				`ModularityTests` check that the application's classes hold no benchmark and have no such module.

				%s
				""".formatted(clock.instant().truncatedTo(ChronoUnit.SECONDS), properties.requests(),
				properties.warmups(), properties.budget().toSeconds(), cpuModel(),
				Runtime.getRuntime().availableProcessors(), memory / 1024.0 / 1024 / 1024, System.getProperty("os.name"),
				System.getProperty("os.version"), System.getProperty("java.vm.vendor"), Runtime.version(),
				jdbc.queryForObject("select version()", String.class), reports,
				count("select count(*) from report_history"), count("select count(*) from report_responses"),
				count("select count(*) from accounts"),
				jdbc.queryForObject("select pg_size_pretty(pg_database_size(current_database()))", String.class),
				province, body, count("select count(*) from reports r join agencies a on a.id = r.agency_id "
						+ "where a.code = ?", body), refresh,
				String.join("\n", runs), table, notes.isEmpty() ? NOTES_MARKER + "\n" : notes);

		Files.writeString(output, text.strip() + "\n");
		LOG.info("Wrote {}", output.toAbsolutePath());
	}

	private static String notes(String existing) {
		var at = existing.indexOf(NOTES_MARKER);
		return at < 0 ? "" : existing.substring(at).strip();
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
					.map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
		} catch (IOException | RuntimeException e) {
			return "unknown CPU";
		}
	}

	private long count(String sql, Object... arguments) {
		return jdbc.queryForObject(sql, Long.class, arguments);
	}
}

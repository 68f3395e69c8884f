package id.lapor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.lapor.account.AccountManagement;
import id.lapor.account.Role;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.agency.AgencyManagement;
import id.lapor.routing.RoutingRequest;
import id.lapor.routing.RoutingService;
import id.lapor.statistics.Statistics;
import id.lapor.system.ReadFromReplica;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two application instances on one PostgreSQL, as behind a load balancer without sticky sessions, driven over real
 * HTTP: a session started on one is valid on the other (login, CSRF token, flash messages), a catalogue change made on
 * one routes on the other within seconds, a scheduled job runs on one of them only, and the instance with a replica
 * configured reads its statistics there and everything else from the primary. See docs/operations.md, "Several
 * instances".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralInstancesTests {

	private static final String PASSWORD = "rahasia-dua-instans";
	private static final Duration PATIENCE = Duration.ofSeconds(20);
	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private EmbeddedPostgres database;
	private ConfigurableApplicationContext first;
	private ConfigurableApplicationContext second;

	@BeforeAll
	void startTwoInstances() throws IOException {
		database = EmbeddedPostgres.builder().setRegisterShutdownHook(false).setLocaleConfig("encoding", "UTF8")
				.setServerConfig("timezone", "UTC").start();
		var url = database.getJdbcUrl("postgres", "postgres");
		// The first one migrates; the second one finds the schema in place, as in a rolling start.
		first = start(url + "&ApplicationName=lapor");
		second = start(url + "&ApplicationName=lapor", "--spring.datasource.replica.url=" + url
				+ "&ApplicationName=lapor-replica");
	}

	private static ConfigurableApplicationContext start(String url, String... more) {
		var arguments = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
				"--spring.datasource.hikari.maximum-pool-size=4", "--lapor.jobs.enabled=true",
				"--lapor.routing.catalogue-check=200ms"));
		arguments.addAll(List.of(more));
		return new SpringApplicationBuilder(LaporApplication.class, TestJobs.class).run(arguments.toArray(String[]::new));
	}

	@AfterAll
	void stop() throws IOException {
		for (var context : new ConfigurableApplicationContext[] { second, first }) {
			if (context != null) {
				context.close();
			}
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	void aSessionStartedOnOneInstanceIsServedByTheOther() throws Exception {

		var accounts = first.getBean(AccountManagement.class);
		var agencies = first.getBean(AgencyCatalogue.class);
		var citizenEmail = "warga-" + UUID.randomUUID() + "@test.lapor";
		accounts.registerCitizen(citizenEmail, PASSWORD, "Warga Dua Instans", null);
		var liaisonEmail = "pln-" + UUID.randomUUID() + "@test.lapor";
		accounts.createStaff(liaisonEmail, PASSWORD, "Petugas PLN", Role.LIAISON, agencies.findByCode("pln").orElseThrow()
				.id());

		var citizen = new Browser();
		citizen.logIn(first, citizenEmail);
		assertThat(citizen.get(second, "/reports/mine").statusCode()).isEqualTo(200);

		// The form (and its CSRF token) from one instance, the submission to the other, the flash message on the first.
		var form = citizen.get(first, "/reports/new").body();
		var submitted = citizen.post(second, "/reports/new", Map.of("_csrf", field(CSRF, form),
				"submissionToken", field(Pattern.compile("name=\"submissionToken\"[^>]*value=\"([^\"]+)\""), form),
				"classification", "COMPLAINT", "title", "Meteran listrik rusak sejak minggu lalu",
				"body", "Meteran listrik prabayar di rumah kami rusak dan tidak bisa diisi token sejak minggu lalu.",
				"regionCode", "73.71", "targetCode", "pln"));
		assertThat(submitted.statusCode()).isEqualTo(302);
		var reportPage = location(submitted);
		assertThat(reportPage).startsWith("/reports/");
		assertThat(citizen.get(first, reportPage).body()).contains("Laporan Anda sudah diterima dan diteruskan");

		// The liaison officer answers on the other pair of instances.
		var liaison = new Browser();
		liaison.logIn(second, liaisonEmail);
		var number = reportPage.substring("/reports/".length());
		var workspace = liaison.get(second, "/liaison/reports/" + number).body();
		var answered = liaison.post(first, "/liaison/reports/" + number + "/responses", Map.of("_csrf",
				field(CSRF, workspace), "version", field(Pattern.compile("name=\"version\"[^>]*value=\"(\\d+)\""),
						workspace),
				"message", "Petugas kami datang besok pagi untuk mengganti meteran.", "status", "IN_PROGRESS"));
		assertThat(answered.statusCode()).isEqualTo(302);
		assertThat(liaison.get(second, location(answered)).body()).contains("Tanggapan sudah dikirim.");

		assertThat(citizen.get(second, reportPage).body()).contains("Petugas kami datang besok pagi");

		// Logging out on one instance ends the session on both.
		citizen.post(second, "/logout", Map.of("_csrf", field(CSRF, citizen.get(second, "/reports/mine").body())));
		assertThat(citizen.get(first, "/reports/mine").statusCode()).isEqualTo(302);
	}

	@Test
	void aCatalogueChangeOnOneInstanceRoutesOnTheOther() {

		// Letters only, and no Indonesian prefix or suffix for the stemmer to take off.
		var word = "zz" + UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "x";
		var request = RoutingRequest.of("Meteran kwh " + word + " rusak", "Meteran " + word + " rusak di rumah kami.",
				"73.71");
		var routing = second.getBean(RoutingService.class);
		assertThat(explanation(routing, request)).doesNotContain(word);

		var admin = first.getBean(AccountManagement.class).createStaff("admin-" + UUID.randomUUID() + "@test.lapor",
				PASSWORD, "Admin Nasional", Role.ADMIN, first.getBean(AgencyCatalogue.class)
						.findByCode("kemenpanrb-lapor").orElseThrow().id());
		var catalogue = first.getBean(AgencyManagement.class);
		var pln = catalogue.details("pln");
		var keywords = new ArrayList<>(pln.keywords());
		keywords.add(word);
		catalogue.describe("pln", admin, pln.version(), pln.agency().name(), pln.agency().shortName(), keywords,
				"Istilah baru");

		awaitTrue(() -> explanation(routing, request).contains(word));
	}

	@Test
	void aScheduledJobRunsOnOneInstanceOnly() {
		// Both schedulers had many chances after the first run; the lock let none of them in again.
		awaitTrue(() -> TestJobs.RUNS.get() > 0);
		var firstTicks = first.getBean(TestJobs.class).ticks();
		var secondTicks = second.getBean(TestJobs.class).ticks();
		awaitTrue(() -> first.getBean(TestJobs.class).ticks() > firstTicks + 5
				&& second.getBean(TestJobs.class).ticks() > secondTicks + 5);
		assertThat(TestJobs.RUNS).hasValue(1);
	}

	@Test
	void statisticsReadFromTheReplicaAndEverythingElseFromThePrimary() {
		// Flyway migrates on connections of its own (without the pool's statement timeout), to the primary.
		assertThat(new JdbcTemplate(second.getBean(Flyway.class).getConfiguration().getDataSource())
				.queryForObject("select current_setting('application_name')", String.class)).isEqualTo("lapor");
		var probe = second.getBean(ConnectionProbe.class);
		assertThat(probe.statisticsConnection()).isEqualTo("lapor-replica");
		assertThat(probe.readOnlyConnection()).isEqualTo("lapor");
		assertThat(probe.writingConnection()).isEqualTo("lapor");
		// Without a replica, the same mark reads from the primary.
		assertThat(first.getBean(ConnectionProbe.class).statisticsConnection()).isEqualTo("lapor");
	}

	private static String explanation(RoutingService routing, RoutingRequest request) {
		return routing.decide(request, Locale.ROOT).explanation().toString();
	}

	/** Polls until the condition holds; fails after {@link #PATIENCE}. */
	private static void awaitTrue(BooleanSupplier condition) {
		var deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Still not so after " + PATIENCE);
			}
			try {
				Thread.sleep(100);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}

	private static String field(Pattern pattern, String page) {
		var matcher = pattern.matcher(page);
		assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
		return matcher.group(1);
	}

	private static String location(HttpResponse<?> response) {
		var location = URI.create(response.headers().firstValue("Location").orElseThrow());
		return location.getRawPath();
	}

	/** One person's browser: its cookies go to both instances (cookies do not care about the port). */
	private static final class Browser {

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER).build();

		void logIn(ConfigurableApplicationContext instance, String email) throws Exception {
			var page = get(instance, "/login").body();
			var response = post(instance, "/login", Map.of("_csrf", field(CSRF, page), "email", email,
					"password", PASSWORD));
			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(location(response)).doesNotStartWith("/login");
		}

		HttpResponse<String> get(ConfigurableApplicationContext instance, String path) throws Exception {
			return http.send(HttpRequest.newBuilder(uri(instance, path)).build(), HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(ConfigurableApplicationContext instance, String path, Map<String, String> form)
				throws Exception {
			var body = new LinkedHashMap<>(form).entrySet().stream()
					.map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
							+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
					.collect(Collectors.joining("&"));
			return http.send(HttpRequest.newBuilder(uri(instance, path))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		}

		private static URI uri(ConfigurableApplicationContext instance, String path) {
			var port = ((WebServerApplicationContext) instance).getWebServer().getPort();
			return URI.create("http://localhost:" + port + path);
		}
	}

	/** A job locked as the application's are, and a tick of each instance's scheduler to know it had its chances. */
	@Configuration(proxyBeanMethods = false)
	static class TestJobs {

		static final AtomicInteger RUNS = new AtomicInteger();

		private final AtomicInteger ticks = new AtomicInteger();

		@Scheduled(fixedDelay = 50)
		@SchedulerLock(name = "several-instances-test", lockAtLeastFor = "PT5M")
		public void lockedJob() {
			RUNS.incrementAndGet();
		}

		@Scheduled(fixedDelay = 50)
		public void tick() {
			ticks.incrementAndGet();
		}

		public int ticks() {
			return ticks.get();
		}

		@Bean
		ConnectionProbe connectionProbe(JdbcClient jdbc, Statistics statistics) {
			return new ConnectionProbe(jdbc, statistics);
		}
	}

	/** Which connection a kind of transaction gets: the JDBC URL's {@code ApplicationName} tells them apart. */
	static class ConnectionProbe {

		private final JdbcClient jdbc;
		private final Statistics statistics;

		ConnectionProbe(JdbcClient jdbc, Statistics statistics) {
			this.jdbc = jdbc;
			this.statistics = statistics;
		}

		/** The transaction's connection is taken by its first statement, here the statistics' query. */
		@Transactional(readOnly = true)
		public String statisticsConnection() {
			statistics.colourCounts();
			return applicationName();
		}

		/** A read-only transaction without the mark: a person's own pages. */
		@Transactional(readOnly = true)
		public String readOnlyConnection() {
			return applicationName();
		}

		@Transactional
		@ReadFromReplica
		public String writingConnection() {
			return applicationName();
		}

		private String applicationName() {
			return jdbc.sql("select current_setting('application_name')").query(String.class).single();
		}
	}
}

package id.lapor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import id.lapor.LaporApplication;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the application right after citizens were told "received": the next start needs nobody to clean
 * up (the embedded PostgreSQL the killed run left behind is stopped by {@link DataDirectoryLock}), every acknowledged
 * report is there, and every reporter gets the mail of their report (an event whose listener the kill cut short is
 * replayed by the retry job of the next run).
 * <p>
 * The application runs in a process of its own, as {@code ./mvnw spring-boot:run} would start it, and is used over
 * HTTP with the demo citizen.
 */
class CrashRecoveryTests {

	private static final Pattern HIDDEN = Pattern.compile("name=\"(_csrf|submissionToken)\"[^>]*value=\"([^\"]+)\"");
	private static final Duration START = Duration.ofMinutes(3);

	@Test
	void everyAcknowledgedReportAndItsMailSurviveAKill(@TempDir Path folder) throws Exception {

		var outbox = folder.resolve("outbox");
		var acknowledged = new ArrayList<String>();

		var first = start(folder, outbox);
		try {
			var citizen = signIn(first.port());
			for (int i = 0; i < 5; i++) {
				acknowledged.add(submit(citizen, first.port(), i));
			}
		} finally {
			// SIGKILL: no shutdown hook, no graceful stop of the database, notifications possibly in flight.
			first.process().destroyForcibly().waitFor();
		}

		var second = start(folder, outbox);
		try {
			var citizen = signIn(second.port());
			for (var number : acknowledged) {
				var page = citizen.send(get(second.port(), "/reports/" + number), HttpResponse.BodyHandlers.ofString());
				assertThat(page.statusCode()).as("report %s after the restart", number).isEqualTo(200);
			}
			Awaitility.await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> {
				var mails = mailsTo("warga@lapor.test", outbox);
				assertThat(acknowledged).allSatisfy(number -> assertThat(mails)
						.anySatisfy(mail -> assertThat(mail).contains("/reports/" + number)));
			});
		} finally {
			second.process().destroy();
			second.process().waitFor();
		}
	}

	private record Run(Process process, int port) {
	}

	/** Starts the application on the folder's embedded database, with the scheduled jobs on, and waits until ready. */
	private static Run start(Path folder, Path outbox) throws Exception {
		int port;
		try (var socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		var log = folder.resolve("run-" + UUID.randomUUID() + ".log");
		var process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), LaporApplication.class.getName(),
				"--server.port=" + port,
				"--lapor.embedded-database.ephemeral=false",
				"--lapor.embedded-database.data-directory=" + folder.resolve("postgres"),
				"--lapor.notification.outbox=" + outbox,
				"--lapor.attachments.directory=" + folder.resolve("attachments"),
				"--lapor.jobs.enabled=true",
				"--lapor.notification.retry-interval=PT2S",
				"--lapor.notification.resubmit-after=PT2S",
				// A message whose sending the kill cut short is sent again once its claim lapsed.
				"--lapor.notification.lease=PT5S")
				.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		var client = HttpClient.newHttpClient();
		try {
			Awaitility.await().atMost(START).pollInterval(Duration.ofSeconds(1)).until(() -> {
				assertThat(process.isAlive()).as("the application exited; see %s", log).isTrue();
				try {
					return client.send(get(port, "/actuator/health/readiness"), HttpResponse.BodyHandlers.ofString())
							.statusCode() == 200;
				} catch (IOException e) {
					return false;
				}
			});
		} catch (RuntimeException | AssertionError e) {
			process.destroyForcibly();
			throw new AssertionError("The application did not start:\n" + Files.readString(log), e);
		}
		return new Run(process, port);
	}

	private static HttpClient signIn(int port) throws Exception {
		var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		var form = hidden(client.send(get(port, "/login"), HttpResponse.BodyHandlers.ofString()).body());
		var response = client.send(post(port, "/login", Map.of("_csrf", form.get("_csrf"),
				"email", "warga@lapor.test", "password", "lapor-demo")), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("Location")).as("signed in").get().asString()
				.doesNotContain("error");
		return client;
	}

	/** Sends the report form and returns the tracking number of the page the citizen is sent to. */
	private static String submit(HttpClient citizen, int port, int i) throws Exception {
		var form = hidden(citizen.send(get(port, "/reports/new"), HttpResponse.BodyHandlers.ofString()).body());
		var response = citizen.send(post(port, "/reports/new", Map.of(
				"_csrf", form.get("_csrf"),
				"submissionToken", form.get("submissionToken"),
				"classification", "COMPLAINT",
				"title", "Blangko KTP-el habis " + i,
				"body", "Sudah tiga bulan blangko KTP-el habis di kantor Disdukcapil Kota Makassar, laporan " + i,
				"provinceCode", "73",
				"regionCode", "73.71",
				"categoryCode", "kependudukan-ktp")), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("acknowledged").isEqualTo(302);
		var location = response.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/reports/");
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private static Map<String, String> hidden(String page) {
		var fields = new java.util.HashMap<String, String>();
		var matcher = HIDDEN.matcher(page);
		while (matcher.find()) {
			fields.putIfAbsent(matcher.group(1), matcher.group(2));
		}
		return fields;
	}

	private static HttpRequest get(int port, String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
	}

	private static HttpRequest post(int port, String path, Map<String, String> fields) {
		var body = fields.entrySet().stream()
				.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build();
	}

	private static List<String> mailsTo(String address, Path outbox) throws IOException {
		if (!Files.isDirectory(outbox)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(outbox)) {
			return files.map(file -> {
				try {
					return Files.readString(file);
				} catch (IOException e) {
					return "";
				}
			}).filter(mail -> mail.contains("To: " + address + "\r\n")).toList();
		}
	}
}

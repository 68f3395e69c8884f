package id.lapor.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * What the simulated people do, as Gatling chains. Request names are the rows of the report.
 */
final class Journeys {

	/** Web-form submissions the application accepted (a redirect to the new report), for reports per second. */
	static final LongAdder SUBMITTED = new LongAdder();

	private static final String[] PROBLEMS = { "Jalan berlubang di depan sekolah dasar membahayakan anak-anak",
			"Lampu penerangan jalan mati sudah dua minggu di gang kami", "Sampah tidak diangkut selama sepuluh hari",
			"Pelayanan KTP elektronik di kantor kecamatan sangat lambat", "Air PDAM keruh dan berbau sejak awal bulan",
			"Pungutan liar saat mengurus surat pindah di kelurahan", "Jembatan desa retak dan hampir roboh" };

	private Journeys() {
	}

	static HttpProtocolBuilder protocol(LoadSettings settings) {
		return http.baseUrls(settings.baseUrls()).acceptHeader("text/html,application/json").acceptLanguageHeader("id")
				.userAgentHeader("lapor-load (Gatling)").disableCaching();
	}

	/** Synthetic accounts of the generator, in turn: {@code warga.000001@...}, the next user the next one. */
	static Iterator<Map<String, Object>> citizens() {
		var next = new AtomicInteger();
		return Stream.generate(() -> Map.<String, Object>of("email",
				"warga.%06d%s".formatted(next.incrementAndGet() % 5000 + 1, LoadSettings.EMAIL_DOMAIN))).iterator();
	}

	static Iterator<Map<String, Object>> accounts(List<String> emails) {
		var next = new AtomicInteger();
		return Stream.generate(() -> Map.<String, Object>of("email",
				emails.get(Math.floorMod(next.getAndIncrement(), emails.size())))).iterator();
	}

	/** Signs in the account in the session's {@code email}; the session keeps the cookie. */
	static ChainBuilder signIn(LoadSettings settings) {
		return exec(http("Sign-in page").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
				.exec(http("Sign in").post("/login").formParam("email", "#{email}")
						.formParam("password", settings.password()).formParam("_csrf", "#{csrf}").disableFollowRedirect()
						.check(status().is(302), header("Location").transform(location -> location.contains("error"))
								.is(false)));
	}

	/** Opens the report form and sends it; the redirect to the new report is followed as the confirmation page. */
	static ChainBuilder submitReport(List<String> regencies) {
		return exec(http("Report form").get("/reports/new")
				.check(css("input[name=_csrf]", "value").saveAs("csrf"),
						css("input[name=submissionToken]", "value").saveAs("submissionToken")))
				.exec(session -> {
					var random = ThreadLocalRandom.current();
					var regency = regencies.get(random.nextInt(regencies.size()));
					var problem = PROBLEMS[random.nextInt(PROBLEMS.length)];
					return session.set("regencyCode", regency).set("provinceCode", regency.substring(0, 2))
							.set("title", problem).set("text", problem + ". Mohon ditindaklanjuti oleh instansi terkait, "
									+ "laporan uji beban nomor " + random.nextInt(1_000_000) + ".");
				})
				.exec(http("Submit report").post("/reports/new").formParam("_csrf", "#{csrf}")
						.formParam("submissionToken", "#{submissionToken}").formParam("classification", "COMPLAINT")
						.formParam("title", "#{title}").formParam("body", "#{text}")
						.formParam("provinceCode", "#{provinceCode}").formParam("regionCode", "#{regencyCode}")
						.formParam("categoryCode", "").formParam("incidentDate", "").formParam("location", "")
						.formParam("targetCode", "").disableFollowRedirect()
						.check(status().is(302), header("Location").transform(location -> location.contains("/reports/new"))
								.is(false), header("Location").saveAs("report")))
				.exec(session -> {
					SUBMITTED.increment();
					return session;
				})
				.exec(http("Confirmation page").get("#{report}").check(status().is(200)));
	}

	static ChainBuilder readOwnReports() {
		return exec(http("My reports").get("/reports/mine").check(status().is(200),
				regex("/reports/([0-9A-Z]{10})\"").findRandom().saveAs("ownNumber")))
				.exec(http("Track a report").get("/track?number=#{ownNumber}").check(status().is(200)))
				.exec(http("Own report").get("/reports/#{ownNumber}").check(status().is(200)));
	}

	/** The inbox, one report from it, and an answer to it ("in progress", so the report stays in the inbox). */
	static ChainBuilder answerFromInbox() {
		return exec(http("Liaison inbox").get("/liaison").check(status().is(200),
				regex("/liaison/reports/([0-9A-Z]{10})\"").findRandom().saveAs("number")))
				.exec(http("Liaison report").get("/liaison/reports/#{number}").check(status().is(200),
						css("#response-form input[name=_csrf]", "value").saveAs("csrf"),
						css("#response-form input[name=version]", "value").saveAs("version"),
						css("#response-form input[name=uploadToken]", "value").saveAs("uploadToken")))
				.exec(http("Liaison answer").post("/liaison/reports/#{number}/responses").formParam("_csrf", "#{csrf}")
						.formParam("version", "#{version}").formParam("uploadToken", "#{uploadToken}")
						.formParam("status", "IN_PROGRESS").formParam("outcome", "")
						.formParam("message", "Terima kasih, laporan Anda sedang kami tindak lanjuti.")
						.disableFollowRedirect().check(status().in(200, 302)));
	}

	static ChainBuilder superviseNationally() {
		return exec(http("Dashboard").get("/monitoring").check(status().is(200)))
				.exec(http("Ranking").get("/monitoring/bodies").check(status().is(200)))
				.exec(http("Dashboard CSV export").get("/monitoring?format=csv").check(status().is(200)))
				.exec(http("Statistics API by body").get("/api/v1/statistics?groupBy=body").check(status().is(200)))
				.exec(http("Public statistics").get("/statistik").check(status().is(200)));
	}
}

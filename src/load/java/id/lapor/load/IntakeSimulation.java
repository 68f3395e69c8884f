package id.lapor.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.time.Duration;
import java.util.List;

import io.gatling.javaapi.core.Simulation;

/**
 * Intake: {@code lapor.load.users} signed-in citizens, each sending report forms one after another (no pause) for
 * {@code lapor.load.duration} seconds. Before it, raw single-row inserts from as many connections into the same
 * PostgreSQL, so the result is also a ratio that does not depend on the machine.
 */
public class IntakeSimulation extends Simulation {

	private static final Duration RAW_INSERTS = Duration.ofSeconds(10);

	private final LoadSettings settings = LoadSettings.fromSystemProperties();
	private final List<String> regencies = settings
			.strings("select code from regions where level = 'REGENCY' order by code limit ?", 600);
	private double rawInsertsPerSecond;
	private long started;

	{
		setUp(scenario("Intake").feed(Journeys.citizens()).exec(Journeys.signIn(settings))
				.exec(session -> {
					started = started == 0 ? System.nanoTime() : started;
					return session;
				})
				.exec(during(settings.duration()).on(Journeys.submitReport(regencies)))
				.injectOpen(atOnceUsers(settings.users())))
				.protocols(Journeys.protocol(settings))
				.assertions(global().failedRequests().count().is(0L));
	}

	@Override
	public void before() {
		rawInsertsPerSecond = RawInserts.measure(settings, settings.users(), RAW_INSERTS);
		System.out.printf("Raw single-row inserts, %d connections, %d s: %.0f per second%n", settings.users(),
				RAW_INSERTS.toSeconds(), rawInsertsPerSecond);
	}

	@Override
	public void after() {
		double seconds = (System.nanoTime() - started) / 1e9;
		double reportsPerSecond = Journeys.SUBMITTED.sum() / seconds;
		System.out.printf("Intake, %d citizens: %d reports in %.1f s = %.1f reports/s; raw inserts %.0f/s; "
				+ "ratio 1 : %.0f%n", settings.users(), Journeys.SUBMITTED.sum(), seconds, reportsPerSecond,
				rawInsertsPerSecond, rawInsertsPerSecond / reportsPerSecond);
	}
}

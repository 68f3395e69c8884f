package id.lapor.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.util.List;

import io.gatling.javaapi.core.Simulation;

/**
 * A mixed day at {@code lapor.load.users} concurrent people (50 by the issue), without pauses: three in five are
 * citizens (send a report, list their reports, track and read one), one in five liaison officers (inbox, a report,
 * an answer), one in five supervisors (national dashboard, ranking, CSV export, statistics API, public statistics).
 */
public class MixedSimulation extends Simulation {

	private final LoadSettings settings = LoadSettings.fromSystemProperties();
	private final List<String> regencies = settings
			.strings("select code from regions where level = 'REGENCY' order by code limit ?", 600);
	/** Liaisons of the bodies with the most open reports, so every inbox has something to answer. */
	private final List<String> liaisons = settings.strings("""
			select a.email from accounts a
			join (select agency_id, count(*) open from reports where status in ('ASSIGNED', 'IN_PROGRESS', 'REOPENED')
			      group by agency_id order by open desc limit ?) busiest on busiest.agency_id = a.agency_id
			where a.role = 'LIAISON' and a.email like '%@synthetic.lapor.test' order by busiest.open desc""", 50);
	private final List<String> supervisors = List.of("pengawas" + LoadSettings.EMAIL_DOMAIN,
			"admin" + LoadSettings.EMAIL_DOMAIN);

	{
		int users = settings.users();
		int liaisonUsers = Math.max(1, users / 5);
		int supervisorUsers = Math.max(1, users / 5);
		int citizenUsers = Math.max(1, users - liaisonUsers - supervisorUsers);
		setUp(scenario("Citizens").feed(Journeys.citizens()).exec(Journeys.signIn(settings))
				.exec(during(settings.duration()).on(Journeys.submitReport(regencies).exec(Journeys.readOwnReports())))
				.injectOpen(atOnceUsers(citizenUsers)),
				scenario("Liaisons").feed(Journeys.accounts(liaisons)).exec(Journeys.signIn(settings))
						.exec(during(settings.duration()).on(Journeys.answerFromInbox()))
						.injectOpen(atOnceUsers(liaisonUsers)),
				scenario("Supervisors").feed(Journeys.accounts(supervisors)).exec(Journeys.signIn(settings))
						.exec(during(settings.duration()).on(Journeys.superviseNationally()))
						.injectOpen(atOnceUsers(supervisorUsers)))
				.protocols(Journeys.protocol(settings))
				.assertions(global().failedRequests().count().is(0L));
	}
}

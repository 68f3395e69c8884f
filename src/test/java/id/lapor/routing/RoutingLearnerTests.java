package id.lapor.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import id.lapor.IntegrationTest;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.agency.AgencyLevel;
import id.lapor.agency.AgencySummary;
import id.lapor.agency.RegionDirectory;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The router learns from the people who correct it: reports officers forwarded become examples, and the next similar
 * report, in any region, goes where they sent the others, saying so. One correction does not overturn a confident
 * rule.
 */
@IntegrationTest
class RoutingLearnerTests {

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");
	private static final String TITLE = "Pungutan pedagang kaki lima";
	/** Levies on street vendors with unstamped tickets: the rules send them to Satpol PP (by-law enforcement). */
	private static final String[] CORRECTED = {
			"Pedagang kaki lima di trotoar depan sekolah ditarik pungutan harian oleh orang yang mengaku petugas, "
					+ "karcisnya tanpa cap.",
			"Karcis pungutan harian pedagang kaki lima di trotoar dekat sekolah tidak bercap, penariknya mengaku "
					+ "petugas.",
			"Setiap hari pedagang kaki lima di trotoar sekolah membayar pungutan ke orang yang mengaku petugas, "
					+ "karcis tanpa cap resmi.",
			"Pungutan harian untuk pedagang kaki lima di trotoar samping sekolah, karcisnya tanpa cap, yang menarik "
					+ "mengaku petugas." };
	private static final RoutingRequest NEXT = RoutingRequest.of(TITLE,
			"Pedagang kaki lima di trotoar depan sekolah membayar pungutan harian, karcisnya tanpa cap.", "32.73");

	@Autowired RoutingService routing;
	@Autowired RoutingLearner learner;
	@Autowired AgencyCatalogue agencies;
	@Autowired RegionDirectory regions;
	@Autowired JdbcClient jdbc;

	@AfterEach
	void forgetTheLessons() {
		jdbc.sql("delete from routing_examples").update();
		learner.refresh();
	}

	@Test
	void reportsLikeThoseOfficersForwardedGoWhereTheySentThemInEveryRegion() {

		var before = routing.decide(NEXT, INDONESIAN);
		assertThat(before.target().code()).isEqualTo("satpolpp-32.73");

		// Officers in Makassar sent four such reports on to the city's revenue agency (it issues the levy tickets).
		var revenueAgency = agencies.findRegionalUnit("73.71", "BAPENDA").orElseThrow();
		for (var text : CORRECTED) {
			correct(text, "73.71", revenueAgency);
		}
		awaitExamples(CORRECTED.length);

		// The next one, in Bandung, goes to Bandung's revenue agency.
		var after = routing.decide(NEXT, INDONESIAN);
		assertThat(after.target().code()).isEqualTo("bapenda-32.73");
		assertThat(after.rule()).isEqualTo(RoutingRule.LEARNED);
		assertThat(after.explanation()).extracting(Explanation::code).contains("learned", "rule.LEARNED");
		assertThat(after.explanation()).filteredOn(explanation -> explanation.code().equals("learned"))
				.singleElement().satisfies(explanation -> assertThat(explanation.args().getFirst())
						.isEqualTo(after.target().name()));
	}

	@Test
	void oneCorrectionDoesNotOverturnAConfidentRule() {

		var revenueAgency = agencies.findRegionalUnit("73.71", "BAPENDA").orElseThrow();
		correct(CORRECTED[0], "73.71", revenueAgency);
		awaitExamples(1);

		var decision = routing.decide(NEXT, INDONESIAN);
		assertThat(decision.target().code()).isEqualTo("satpolpp-32.73");
		assertThat(decision.rule()).isNotEqualTo(RoutingRule.LEARNED);
	}

	@Test
	void theLatestCorrectionOfAReportIsItsLesson() {

		var report = UUID.randomUUID();
		var tokens = RoutingModel.newAnalyzer().tokens(TITLE + "\n" + CORRECTED[0]);
		learner.on(new RoutingCorrected(report, TITLE, CORRECTED[0], "73.71",
				agencies.findRegionalUnit("73.71", "BAPENDA").orElseThrow().id(), RoutingCorrected.Source.FORWARD));
		awaitExamples(1);
		assertThat(learner.propose(tokens)).map(RoutingLearner.Proposal::target).contains("REGENCY:BAPENDA");

		// Later the revenue agency hands it on to the city's by-law enforcement unit (the listener runs
		// asynchronously: one correction at a time here). The report keeps one example, with the new body.
		learner.on(new RoutingCorrected(report, TITLE, CORRECTED[0], "73.71",
				agencies.findRegionalUnit("73.71", "SATPOLPP").orElseThrow().id(), RoutingCorrected.Source.FORWARD));

		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				learner.propose(tokens)).map(RoutingLearner.Proposal::target).contains("REGENCY:SATPOLPP"));
		assertThat(jdbc.sql("select target || ' ' || source from routing_examples where report_id = ?").param(report)
				.query(String.class).list()).containsExactly("REGENCY:SATPOLPP FORWARD");
	}

	@Test
	void aLessonIsRelativeToTheReportsRegion() {

		var makassar = regions.find("73.71").orElseThrow();
		var province = agencies.findRegionalUnit("73", "DISDIK").orElseThrow();
		var cityGovernment = agencies.findRegionalGovernment("73.71").orElseThrow();
		var otherCity = agencies.findRegionalUnit("32.73", "DLH").orElseThrow();
		var ministry = agencies.findByCode("kemenhub").orElseThrow();

		assertThat(RoutingLearner.targetOf(province, Optional.of("DISDIK"), makassar)).isEqualTo("PROVINCE:DISDIK");
		assertThat(RoutingLearner.targetOf(cityGovernment, Optional.empty(), makassar)).isEqualTo("REGENCY:GOVERNMENT");
		assertThat(RoutingLearner.targetOf(otherCity, Optional.of("DLH"), makassar)).isEqualTo("dlh-32.73");
		assertThat(ministry.level()).isEqualTo(AgencyLevel.NATIONAL);
		assertThat(RoutingLearner.targetOf(ministry, Optional.empty(), makassar)).isEqualTo("kemenhub");
		assertThat(RoutingLearner.corpusTarget("REGION:73.71:DLH")).isEqualTo("REGENCY:DLH");
		assertThat(RoutingLearner.corpusTarget("REGION:73:DISDIK")).isEqualTo("PROVINCE:DISDIK");
		assertThat(RoutingLearner.corpusTarget("REGION:73.71")).isEqualTo("REGENCY:GOVERNMENT");
		assertThat(RoutingLearner.corpusTarget("pln")).isEqualTo("pln");
	}

	/** An officer forwarded a report of this text to the body (the listener runs asynchronously, as after a commit). */
	private void correct(String text, String regionCode, AgencySummary body) {
		learner.on(new RoutingCorrected(UUID.randomUUID(), TITLE, text, regionCode, body.id(),
				RoutingCorrected.Source.FORWARD));
	}

	private void awaitExamples(int count) {
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> learner.examples() == count);
	}
}

package id.lapor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import id.lapor.TestAccounts;
import id.lapor.TestReports;
import id.lapor.account.LaporUser;
import id.lapor.account.Role;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.routing.RoutingCorrected;
import id.lapor.routing.RoutingService;
import id.lapor.system.Mailer;
import id.lapor.system.ModuleTestDatabase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The report module with the modules it uses (routing, agency, account, calendar, audit), without the ones that
 * listen to its events (notification, programme): what each step of a report's life announces to them. The
 * {@code notification} module's {@link Mailer}, which {@code account} sends through, is a mock.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ModuleTestDatabase
@Import({ TestAccounts.class, TestReports.class })
class ReportModuleTests {

	@MockitoBean Mailer mailer;
	@Autowired TestAccounts accounts;
	@Autowired TestReports reports;
	@Autowired ReportHandling handling;
	@Autowired ReportVerification verification;
	@Autowired ReportDeadlines deadlines;
	@Autowired ReportQueries queries;
	@Autowired AgencyCatalogue agencies;
	@Autowired RoutingService routing;

	@Test
	void aSubmittedReportIsAnnouncedWithItsReporterAndBody(Scenario scenario) {

		var reporter = accounts.citizen("Warga Makassar");
		reports.ensureLiaison("dukcapil-73.71");

		scenario.stimulate(() -> reports.submit(reporter, "73.71", "kependudukan-ktp", false, false))
				.andWaitForEventOfType(ReportSubmitted.class)
				.toArriveAndVerify((event, number) -> {
					assertThat(event.trackingNumber()).isEqualTo(number);
					assertThat(event.reporterId()).isEqualTo(user(reporter).id());
					assertThat(event.agencyId()).isEqualTo(agency("dukcapil-73.71"));
					assertThat(event.awaitingVerification()).isFalse();
				});
	}

	@Test
	void aReportNoStaffedBodyCanTakeGoesToTheNationalAdministrator(Scenario scenario) {

		// Kota Tidore Kepulauan (82.72): no module test staffs its bodies.
		var reporter = accounts.citizen("Warga Tidore");

		scenario.stimulate(() -> reports.submit(reporter, "82.72", "kependudukan-ktp", false, false))
				.andWaitForEventOfType(ReportSubmitted.class)
				.toArriveAndVerify((event, number) -> {
					assertThat(event.awaitingVerification()).isTrue();
					assertThat(event.agencyId()).isEqualTo(routing.nationalAdministratorAgency().id());
					assertThat(queries.findForSupervision(number, Locale.ROOT).orElseThrow().status())
							.isEqualTo(ReportStatus.AWAITING_VERIFICATION);
				});
	}

	@Test
	void aCompletedReportIsAnnouncedAndSoIsItsClosing(Scenario scenario) {

		var reporter = accounts.citizen("Warga Puas");
		var number = reports.ktpComplaint(reporter, false, false);
		var liaison = accounts.staff(Role.LIAISON, "dukcapil-73.71");

		scenario.stimulate(() -> reports.complete(number, liaison, Outcome.SOLVED))
				.andWaitForEventOfType(ReportResponded.class)
				.matching(event -> event.trackingNumber().equals(number))
				.toArriveAndVerify(event -> {
					assertThat(event.status()).isEqualTo(ReportStatus.COMPLETED);
					assertThat(event.agencyId()).isEqualTo(agency("dukcapil-73.71"));
					assertThat(event.reporterId()).isEqualTo(user(reporter).id());
				});

		var closesAt = queries.findForSupervision(number, Locale.ROOT).orElseThrow().outcome().closesAt();
		assertThat(closesAt).isNotNull();
		scenario.stimulate(() -> deadlines.closeExpired(closesAt, 1000))
				.andWaitForEventOfType(ReportClosed.class)
				.matching(event -> event.trackingNumber().equals(number))
				.toArriveAndVerify(event -> assertThat(event.reporterId()).isEqualTo(user(reporter).id()));
	}

	@Test
	void aDeclinedReportIsAnnouncedToTheBodyThatGetsIt(Scenario scenario) {

		var number = reports.ktpComplaint(accounts.citizen("Warga Jalan"), false, false);
		var liaison = user(accounts.staff(Role.LIAISON, "dukcapil-73.71"));
		reports.ensureLiaison("pupr-73.71");
		var version = queries.findForSupervision(number, Locale.ROOT).orElseThrow().version();

		scenario.stimulate(() -> handling.forward(number, liaison, version, "pupr-73.71", ForwardKind.DECLINE,
						"Ini soal jalan, bukan KTP."))
				.andWaitForEventOfType(ReportForwarded.class)
				.toArriveAndVerify((event, outcome) -> {
					assertThat(outcome).isEqualTo(ReportHandling.ForwardOutcome.FORWARDED);
					assertThat(event.trackingNumber()).isEqualTo(number);
					assertThat(event.fromAgencyId()).isEqualTo(agency("dukcapil-73.71"));
					assertThat(event.toAgencyId()).isEqualTo(agency("pupr-73.71"));
					assertThat(event.kind()).isEqualTo(ForwardKind.DECLINE);
				});
	}

	@Test
	void aForwardTeachesTheRouterTheBodyTheOfficerChose(Scenario scenario) {

		var number = reports.ktpComplaint(accounts.citizen("Warga Koreksi"), false, false);
		var liaison = user(accounts.staff(Role.LIAISON, "dukcapil-73.71"));
		reports.ensureLiaison("pupr-73.71");
		var version = queries.findForSupervision(number, Locale.ROOT).orElseThrow().version();

		scenario.stimulate(() -> handling.forward(number, liaison, version, "pupr-73.71", ForwardKind.DECLINE,
						"Ini soal jalan, bukan KTP."))
				.andWaitForEventOfType(RoutingCorrected.class)
				.toArriveAndVerify(event -> {
					assertThat(event.agencyId()).isEqualTo(agency("pupr-73.71"));
					assertThat(event.source()).isEqualTo(RoutingCorrected.Source.FORWARD);
					assertThat(event.regionCode()).isEqualTo("73.71");
					assertThat(event.text()).isNotBlank();
				});
	}

	@Test
	void aVerificationTeachesTheRouterTheBodyTheAdministratorChose(Scenario scenario) {

		var number = reports.ktpComplaint(accounts.citizen("Warga Verifikasi"), false, false);
		var liaison = user(accounts.staff(Role.LIAISON, "dukcapil-73.71"));
		var admin = user(accounts.staff(Role.ADMIN, "kemenpanrb-lapor"));
		reports.ensureLiaison("pln");
		// A body without liaison officers: the report waits for the national administrator.
		handling.forward(number, liaison, queries.findForSupervision(number, Locale.ROOT).orElseThrow().version(),
				"dlh-73.03", ForwardKind.DECLINE, "Soal lingkungan.");
		var version = queries.findForSupervision(number, Locale.ROOT).orElseThrow().version();

		scenario.stimulate(() -> verification.verify(number, admin, version, "kependudukan-ktp", "pln", "Ke PLN."))
				.andWaitForEventOfType(RoutingCorrected.class)
				.matching(event -> event.source() == RoutingCorrected.Source.VERIFICATION)
				.toArriveAndVerify(event -> assertThat(event.agencyId()).isEqualTo(agency("pln")));
	}

	private LaporUser user(String email) {
		return (LaporUser) accounts.details(email);
	}

	private long agency(String code) {
		return agencies.findByCode(code).orElseThrow().id();
	}
}

package id.lapor.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import id.lapor.account.AccountManagement;
import id.lapor.account.Role;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.agency.AgencyLevel;
import id.lapor.agency.AgencyManagement;
import id.lapor.agency.AgencySummary;
import id.lapor.agency.NewAgency;
import id.lapor.system.Mailer;
import id.lapor.system.ModuleTestDatabase;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The routing module with all the modules it needs: {@code agency} (the catalogue it routes to) and {@code account}
 * (who staffs a body), and theirs, {@code audit}. The {@code notification} module's {@link Mailer}, which
 * {@code account} sends through, is a mock. Routing keeps what it knows of the catalogue in memory and rebuilds it
 * when the catalogue announces a change ({@code CatalogueChanged}).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ModuleTestDatabase
class RoutingModuleTests {

	@MockitoBean Mailer mailer;
	@Autowired RoutingService routing;
	@Autowired AgencyManagement management;
	@Autowired AgencyCatalogue catalogue;
	@Autowired AccountManagement accounts;

	@Test
	void aBodyAddedToTheCatalogueTakesTheReportsThatNameIt(Scenario scenario) {

		// A state-owned bank no test knew before, named in a report as BRI is in RoutingRulesTests.
		var shortName = "Bank " + letters();
		var code = shortName.toLowerCase(Locale.ROOT).replace(' ', '-');
		var report = RoutingRequest.of("Saldo " + shortName + " terpotong", "Saldo rekening " + shortName
				+ " saya terpotong Rp2 juta karena transaksi yang tidak pernah saya lakukan.", "35.06");
		assertThat(routing.decide(report, Locale.ROOT).target().code()).isNotEqualTo(code);

		scenario.stimulate(() -> management.create(new NewAgency(code, "PT " + shortName + " (Persero) Tbk", shortName,
						"SOE", AgencyLevel.NATIONAL, null, null, List.of()), administrator(), "BUMN baru"))
				.andWaitForStateChange(() -> routing.decide(report, Locale.ROOT),
						decision -> decision.target().code().equals(code))
				.andVerify(decision -> assertThat(decision.rule()).isEqualTo(RoutingRule.NAMED_BODY));
	}

	@Test
	void aReportGoesToTheNearestBodyThatHasALiaisonOfficer() {

		// Kota Bontang (64.74): no other module test staffs its bodies.
		var decision = routing.route("64.74", "kependudukan-ktp");
		var department = decision.target();
		assertThat(department.code()).isEqualTo("dukcapil-64.74");
		assertThat(decision.rule()).isEqualTo(RoutingRule.REGIONAL_UNIT);
		assertThat(routing.staffedAgency(department)).isEmpty();

		staff("pemda-64.74");
		assertThat(routing.staffedAgency(department)).map(AgencySummary::code).contains("pemda-64.74");

		staff("dukcapil-64.74");
		assertThat(routing.staffedAgency(department)).map(AgencySummary::code).contains("dukcapil-64.74");
	}

	private UUID administrator() {
		return accounts.createStaff(uniqueEmail(), "rahasia-sekali", "Admin Katalog", Role.ADMIN,
				catalogue.findByCode(RoutingService.NATIONAL_ADMINISTRATOR).orElseThrow().id());
	}

	private void staff(String agencyCode) {
		accounts.createLiaison(uniqueEmail(), "rahasia-sekali", "Penghubung " + agencyCode,
				catalogue.findByCode(agencyCode).orElseThrow().id(), false);
	}

	private static String uniqueEmail() {
		return "staf-" + UUID.randomUUID() + "@test.lapor";
	}

	/** Six letters, a word of no language: nothing but the new body's name matches it. */
	private static String letters() {
		return UUID.randomUUID().toString().chars().filter(Character::isDigit).limit(6)
				.mapToObj(digit -> String.valueOf((char) ('q' + digit - '0')))
				.collect(Collectors.joining()).toUpperCase(Locale.ROOT);
	}
}

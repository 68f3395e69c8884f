package id.lapor.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import id.lapor.IntegrationTest;
import id.lapor.TestAccounts;
import id.lapor.account.Role;
import id.lapor.agency.AgencyCatalogue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Routing alone decides where a report lands: the chosen body, its nearest staffed parent, or the national
 * administrator's queue.
 */
@IntegrationTest
class LandingTests {

	@Autowired RoutingService routing;
	@Autowired AgencyCatalogue agencies;
	@Autowired TestAccounts accounts;

	@Test
	void aReportLandsWhereSomebodyWorks() {

		// Kabupaten Jeneponto (73.04): its departments and government have no liaison until this test.
		var department = agencies.findByCode("dukcapil-73.04").orElseThrow();
		assertThat(routing.land(department)).satisfies(landing -> {
			assertThat(landing.kind()).isEqualTo(Landing.Kind.NO_LIAISON);
			assertThat(landing.queued()).isTrue();
			assertThat(landing.agency()).isEqualTo(routing.nationalAdministratorAgency());
		});

		accounts.staff(Role.LIAISON, "pemda-73.04");
		assertThat(routing.land(department)).satisfies(landing -> {
			assertThat(landing.kind()).isEqualTo(Landing.Kind.STAFFED_PARENT);
			assertThat(landing.agency().code()).isEqualTo("pemda-73.04");
			assertThat(landing.queued()).isFalse();
		});

		accounts.staff(Role.LIAISON, "dukcapil-73.04");
		assertThat(routing.land(department).kind()).isEqualTo(Landing.Kind.TARGET);
	}

	@Test
	void anUnsureDecisionLandsInTheVerificationQueue() {
		var unsure = routing.decide(new RoutingRequest("Halo", "Mohon bantuannya.", "73.04", null, null), Locale.ROOT);
		assertThat(unsure.needsVerification()).isTrue();
		assertThat(routing.land(unsure).kind()).isEqualTo(Landing.Kind.LOW_CONFIDENCE);
		assertThat(routing.land(unsure).agency()).isEqualTo(routing.nationalAdministratorAgency());
	}
}

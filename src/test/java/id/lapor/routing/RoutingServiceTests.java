package id.lapor.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import id.lapor.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class RoutingServiceTests {

	@Autowired RoutingService routing;
	@Autowired JdbcTemplate jdbc;

	@Test
	void regencyMattersGoToTheDepartmentOfTheRegencyOrCity() {

		var decision = routing.route("73.71", "kependudukan-ktp");

		assertThat(decision.target().code()).isEqualTo("dukcapil-73.71");
		assertThat(decision.rule()).isEqualTo(RoutingRule.REGIONAL_UNIT);
		assertThat(routing.route("32.74", "jalan-kabupaten-kota").target().code()).isEqualTo("pupr-32.74");
	}

	@Test
	void nationalMattersGoToTheNamedNationalBody() {

		var decision = routing.route("73.71", "energi-listrik");

		assertThat(decision.target().code()).isEqualTo("pln");
		assertThat(decision.rule()).isEqualTo(RoutingRule.NATIONAL_BODY);
	}

	@Test
	void provincialMattersGoToTheProvinceEvenWhenReportedFromACity() {

		var decision = routing.route("73.71", "pendidikan-menengah");

		assertThat(decision.target().code()).isEqualTo("disdik-73");
		assertThat(decision.rule()).isEqualTo(RoutingRule.PROVINCE_UNIT);
	}

	@Test
	void jakartasAdministrativeCitiesAreServedByTheProvincesDepartments() {

		var decision = routing.route("31.71", "kependudukan-ktp");

		assertThat(decision.target().code()).isEqualTo("dukcapil-31");
		assertThat(decision.rule()).isEqualTo(RoutingRule.PROVINCE_UNIT);
	}

	@Test
	void categoriesWithoutADepartmentGoToTheRegionalGovernment() {

		var decision = routing.route("73.71", "lainnya");

		assertThat(decision.target().code()).isEqualTo("pemda-73.71");
		assertThat(decision.rule()).isEqualTo(RoutingRule.REGIONAL_GOVERNMENT);
	}

	@Test
	void anInactiveDepartmentHandsItsReportsToItsRegionalGovernment() {

		jdbc.update("update agencies set active = false where code = 'dlh-73.72'");
		try {
			var decision = routing.route("73.72", "lingkungan-sampah");

			assertThat(decision.target().code()).isEqualTo("pemda-73.72");
			assertThat(decision.rule()).isEqualTo(RoutingRule.REGIONAL_GOVERNMENT);
		} finally {
			jdbc.update("update agencies set active = true where code = 'dlh-73.72'");
		}
	}

	@Test
	void refusesUnknownInput() {

		assertThatExceptionOfType(UnknownCategoryException.class).isThrownBy(() -> routing.route("73.71", "nope"));
		assertThatExceptionOfType(UnknownRegionException.class)
				.isThrownBy(() -> routing.route("99.99", "kependudukan-ktp"));
	}
}

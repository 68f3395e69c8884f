package id.lapor.agency;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ReferenceDataTests {

	@Autowired JdbcTemplate jdbc;
	@Autowired AgencyCatalogue agencies;
	@Autowired RegionDirectory regions;

	@Test
	void loadsAllProvincesAndRegencies() {

		assertThat(regions.provinces()).hasSize(38);
		assertThat(jdbc.queryForObject("select count(*) from regions where level = 'REGENCY'", Long.class))
				.isEqualTo(514);
		assertThat(regions.find("73.71")).get().extracting(RegionSummary::name, RegionSummary::provinceCode)
				.containsExactly("Kota Makassar", "73");
		assertThat(regions.regenciesOf("73")).extracting(RegionSummary::code).contains("73.71").hasSize(24);
		assertThat(jdbc.queryForObject("select population from regions where code = '73.71'", Long.class))
				.isPositive();
	}

	@Test
	void catalogueHasNationalBodiesAndAGovernmentPerRegion() {

		// Other tests add bodies to the shared database; count those the migration loaded.
		assertThat(jdbc.queryForObject("""
				select count(*) from agencies a where level = 'NATIONAL' and not exists
				(select 1 from agency_changes c where c.agency_id = a.id and c.action in ('CREATED', 'IMPORTED'))""",
				Long.class)).isEqualTo(127);
		assertThat(jdbc.queryForObject("select count(*) from agencies where kind = 'REGIONAL_GOVERNMENT'", Long.class))
				.isEqualTo(552);
		assertThat(agencies.findByCode("pln")).get().extracting(AgencySummary::level).isEqualTo(AgencyLevel.NATIONAL);
		assertThat(agencies.findRegionalGovernment("73.71")).get().extracting(AgencySummary::name)
				.isEqualTo("Pemerintah Kota Makassar");
		assertThat(agencies.findRegionalGovernment("11")).get().extracting(AgencySummary::name)
				.isEqualTo("Pemerintah Aceh");
	}

	@Test
	void everyRegionHasItsStandardDepartmentsWithReadableCodes() {

		assertThat(agencies.findByCode("dukcapil-73.71")).get().extracting(AgencySummary::name)
				.isEqualTo("Dinas Kependudukan dan Pencatatan Sipil Kota Makassar");
		assertThat(agencies.findByCode("pupr-32.74")).get().extracting(AgencySummary::name)
				.isEqualTo("Dinas Pekerjaan Umum dan Penataan Ruang Kota Cirebon");
		assertThat(agencies.findRegionalUnit("73", "DISDIK")).get().extracting(AgencySummary::name)
				.isEqualTo("Dinas Pendidikan Provinsi Sulawesi Selatan");
		// Province-only kinds exist only for provinces.
		assertThat(agencies.findRegionalUnit("73.71", "DISHUT")).isEmpty();
		assertThat(agencies.findRegionalUnit("73", "DISHUT")).isPresent();
		// Jakarta's administrative cities are served by the province's departments.
		assertThat(agencies.findRegionalUnit("31.71", "DUKCAPIL")).isEmpty();
		assertThat(agencies.findRegionalUnit("31", "DUKCAPIL")).isPresent();
		assertThat(jdbc.queryForObject(
				"select count(*) from agencies where unit_kind_code is not null and parent_id is null", Long.class))
				.isZero();
	}

	@Test
	void loadsTheCategoryTree() {

		assertThat(jdbc.queryForObject("select count(*) from categories", Long.class)).isEqualTo(111);
		assertThat(jdbc.queryForObject("select count(*) from categories where parent_code is null", Long.class))
				.isEqualTo(25);
		assertThat(jdbc.queryForObject("select code from categories order by position limit 1", String.class))
				.isEqualTo("kependudukan");
	}
}

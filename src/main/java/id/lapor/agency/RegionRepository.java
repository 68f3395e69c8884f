package id.lapor.agency;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RegionRepository extends Repository<Region, String> {

	java.util.Optional<Region> findByCode(String code);

	List<Region> findByLevelOrderByNameAsc(RegionLevel level);

	List<Region> findByProvinceCodeAndLevelOrderByNameAsc(String provinceCode, RegionLevel level);

	List<Region> findByCodeIn(Collection<String> codes);

	@Query("select r.code from Region r")
	List<String> findAllCodes();
}

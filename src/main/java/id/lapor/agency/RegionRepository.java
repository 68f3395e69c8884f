package id.lapor.agency;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RegionRepository extends Repository<Region, String> {

	java.util.Optional<Region> findByCode(String code);

	List<Region> findAll();

	@Query("select r.code from Region r")
	List<String> findAllCodes();
}

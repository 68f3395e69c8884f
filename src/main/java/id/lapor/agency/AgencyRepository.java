package id.lapor.agency;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface AgencyRepository extends Repository<Agency, Long> {

	Optional<Agency> findById(Long id);

	Optional<Agency> findByCode(String code);

	List<Agency> findByIdIn(Collection<Long> ids);

	List<Agency> findByCodeIn(Collection<String> codes);

	List<Agency> findByParentIdAndActiveTrueOrderByNameAsc(Long parentId);

	Optional<Agency> findByRegionCodeAndUnitKindCodeAndActiveTrue(String regionCode, String unitKindCode);

	List<Agency> findByLevel(AgencyLevel level);

	boolean existsByRegionCodeAndUnitKindCodeIsNotNull(String regionCode);

	Optional<Agency> findByRegionCodeAndKindAndActiveTrue(String regionCode, String kind);
}

package id.lapor.agency;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface AgencyChangeRepository extends Repository<AgencyChange, Long> {

	AgencyChange save(AgencyChange change);

	List<AgencyChange> findByAgencyIdOrderByOccurredAtDescIdDesc(Long agencyId, Pageable pageable);
}

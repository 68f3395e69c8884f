package id.lapor.agency;

import java.util.List;

import org.springframework.data.repository.Repository;

interface UnitKindRepository extends Repository<UnitKindEntity, String> {

	List<UnitKindEntity> findAll();
}

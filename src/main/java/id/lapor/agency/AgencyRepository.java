package id.lapor.agency;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface AgencyRepository extends Repository<Agency, Long> {

	Agency save(Agency agency);

	@Query("""
			select a from Agency a
			where lower(a.name) like :name or a.code like :code
			order by a.level, a.name""")
	Page<Agency> search(@Param("name") String namePattern, @Param("code") String codePattern, Pageable pageable);

	@Query("""
			select a from Agency a
			where (a.id = :scope or a.parentId = :scope) and (lower(a.name) like :name or a.code like :code)
			order by a.level, a.name""")
	Page<Agency> searchWithin(@Param("scope") Long scope, @Param("name") String namePattern,
			@Param("code") String codePattern, Pageable pageable);

	@Query("select a from Agency a order by a.id")
	Stream<Agency> streamAll();

	@Query("select new id.lapor.agency.AgencyCodeIndex(a.code, a.id, a.level, a.regionCode) from Agency a")
	List<AgencyCodeIndex> findCodeIndex();

	List<Agency> findByParentIdOrderByNameAsc(Long parentId);

	Optional<Agency> findById(Long id);

	Optional<Agency> findByCode(String code);

	List<Agency> findByIdIn(Collection<Long> ids);

	List<Agency> findByCodeIn(Collection<String> codes);

	List<Agency> findByParentIdAndActiveTrueOrderByNameAsc(Long parentId);

	Optional<Agency> findByRegionCodeAndUnitKindCodeAndActiveTrue(String regionCode, String unitKindCode);

	List<Agency> findByLevel(AgencyLevel level);

	boolean existsByRegionCodeAndUnitKindCodeIsNotNull(String regionCode);

	Optional<Agency> findByRegionCodeAndKindAndActiveTrue(String regionCode, String kind);

	/** The ids of a body and of all its units, at any depth. */
	@Query(nativeQuery = true, value = """
			with recursive tree(id) as (
			    select id from agencies where id = :root
			    union
			    select a.id from agencies a join tree t on a.parent_id = t.id)
			select id from tree""")
	List<Long> findTreeIds(@Param("root") long rootId);
}

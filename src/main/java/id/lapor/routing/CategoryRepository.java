package id.lapor.routing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CategoryRepository extends Repository<Category, String> {

	Optional<Category> findByCode(String code);

	List<Category> findByActiveTrueOrderByPositionAsc();

	List<Category> findAll();

	List<Category> findByCodeIn(Collection<String> codes);
}

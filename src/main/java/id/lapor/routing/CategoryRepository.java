package id.lapor.routing;

import java.util.List;

import org.springframework.data.repository.Repository;

interface CategoryRepository extends Repository<Category, String> {

	List<Category> findAll();
}

package id.lapor.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Look-ups of complaint categories, named in the reader's language.
 */
@Service
@Transactional(readOnly = true)
public class CategoryCatalogue {

	private final CategoryRepository categories;

	CategoryCatalogue(CategoryRepository categories) {
		this.categories = categories;
	}

	/**
	 * All active categories as a two-level tree in catalogue order.
	 */
	public List<CategoryGroup> groups(Locale locale) {

		var all = categories.findByActiveTrueOrderByPositionAsc();
		var groups = new LinkedHashMap<String, CategorySummary>();
		var children = new LinkedHashMap<String, List<CategorySummary>>();

		for (var category : all) {
			if (category.getParentCode() == null) {
				groups.put(category.getCode(), category.toSummary(locale));
				children.put(category.getCode(), new ArrayList<>());
			}
		}
		for (var category : all) {
			var parent = category.getParentCode();
			if (parent != null && children.containsKey(parent)) {
				children.get(parent).add(category.toSummary(locale));
			}
		}

		return groups.values().stream()
				.map(group -> new CategoryGroup(group, List.copyOf(children.get(group.code()))))
				.toList();
	}

	public Optional<CategorySummary> find(String code, Locale locale) {
		return categories.findByCode(code).map(category -> category.toSummary(locale));
	}

	public boolean isSelectable(String code) {
		return categories.findByCode(code).filter(Category::isActive).isPresent();
	}

	public Map<String, CategorySummary> findAll(Collection<String> codes, Locale locale) {
		return codes.isEmpty() ? Map.of()
				: categories.findByCodeIn(codes).stream().map(category -> category.toSummary(locale))
						.collect(Collectors.toMap(CategorySummary::code, Function.identity()));
	}
}

package id.lapor.routing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Look-ups of complaint categories, named in the reader's language.
 * <p>
 * Categories are reference data that only migrations change, so they are read once, at first use, and kept in memory:
 * the report form shows all of them on every visit and each submission checks one (read from the database, they were
 * a noticeable share of intake's cost, docs/performance.md).
 */
@Service
public class CategoryCatalogue {

	private final CategoryRepository categories;
	private volatile @Nullable Snapshot snapshot;

	CategoryCatalogue(CategoryRepository categories) {
		this.categories = categories;
	}

	/**
	 * All active categories as a two-level tree in catalogue order.
	 */
	public List<CategoryGroup> groups(Locale locale) {
		return snapshot().groups(locale);
	}

	public Optional<CategorySummary> find(String code, Locale locale) {
		return Optional.ofNullable(snapshot().byCode().get(code)).map(category -> category.toSummary(locale));
	}

	public boolean isSelectable(String code) {
		var category = snapshot().byCode().get(code);
		return category != null && category.isActive();
	}

	public Map<String, CategorySummary> findAll(Collection<String> codes, Locale locale) {
		var byCode = snapshot().byCode();
		return codes.stream().distinct().map(byCode::get).filter(Objects::nonNull)
				.collect(Collectors.toUnmodifiableMap(Category::getCode, category -> category.toSummary(locale)));
	}

	private Snapshot snapshot() {
		var loaded = snapshot;
		if (loaded == null) {
			loaded = Snapshot.of(categories.findAll());
			snapshot = loaded;
		}
		return loaded;
	}

	/** The categories (detached entities, never changed) and the trees already built, one per language. */
	private record Snapshot(Map<String, Category> byCode, List<Category> active,
			Map<String, List<CategoryGroup>> groupsByLanguage) {

		static Snapshot of(List<Category> all) {
			var active = all.stream().filter(Category::isActive).sorted(Comparator.comparingInt(Category::getPosition))
					.toList();
			return new Snapshot(all.stream().collect(Collectors.toUnmodifiableMap(Category::getCode, c -> c)), active,
					new ConcurrentHashMap<>());
		}

		List<CategoryGroup> groups(Locale locale) {
			return groupsByLanguage.computeIfAbsent(locale.getLanguage(), language -> tree(locale));
		}

		private List<CategoryGroup> tree(Locale locale) {
			var groups = new LinkedHashMap<String, CategorySummary>();
			var children = new LinkedHashMap<String, List<CategorySummary>>();

			for (var category : active) {
				if (category.getParentCode() == null) {
					groups.put(category.getCode(), category.toSummary(locale));
					children.put(category.getCode(), new ArrayList<>());
				}
			}
			for (var category : active) {
				var parent = category.getParentCode();
				if (parent != null && children.containsKey(parent)) {
					children.get(parent).add(category.toSummary(locale));
				}
			}

			return groups.values().stream()
					.map(group -> new CategoryGroup(group, List.copyOf(children.get(group.code()))))
					.toList();
		}
	}
}

package id.lapor.routing;

import java.util.List;

/**
 * A top-level category with its sub-categories, for pickers.
 */
public record CategoryGroup(CategorySummary category, List<CategorySummary> children) {
}

package id.lapor.routing;

import org.jspecify.annotations.Nullable;

/**
 * A category as other modules see it, named in the reader's language.
 */
public record CategorySummary(String code, String name, @Nullable String parentCode) {
}

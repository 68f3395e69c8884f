package id.lapor.routing;

import org.jspecify.annotations.Nullable;

/**
 * What routing looks at: the citizen's words, where they are, and what they chose themselves, if anything.
 */
public record RoutingRequest(String title, String text, String regionCode, @Nullable String categoryCode,
		@Nullable String targetCode) {

	public static RoutingRequest of(String title, String text, String regionCode) {
		return new RoutingRequest(title, text, regionCode, null, null);
	}
}

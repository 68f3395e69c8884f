package id.lapor.routing;

import org.jspecify.annotations.Nullable;

/**
 * What routing looks at: the citizen's words, where they are, and what they chose themselves, if anything.
 */
public record RoutingRequest(String title, String body, String regionCode, @Nullable String categoryCode,
		@Nullable String targetCode) {

	public static RoutingRequest of(String title, String body, String regionCode) {
		return new RoutingRequest(title, body, regionCode, null, null);
	}
}

package id.lapor.routing;

import java.util.List;

/**
 * One reason of a routing decision, as message {@code routing.explain.<code>} with its arguments, so people read it
 * in their own language.
 */
public record Explanation(String code, List<String> args) {

	public static Explanation of(String code, String... args) {
		return new Explanation(code, List.of(args));
	}

	public String messageKey() {
		return "routing.explain." + code;
	}
}

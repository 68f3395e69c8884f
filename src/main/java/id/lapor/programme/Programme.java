package id.lapor.programme;

import java.util.List;

/**
 * A national priority programme as pages show it.
 */
public record Programme(long id, String code, String name, String description, List<String> keywords,
		List<String> categoryCodes, boolean active, long version) {
}

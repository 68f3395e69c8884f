package id.lapor.programme;

import java.util.List;

/**
 * A national priority programme as pages show it.
 *
 * @param reportCount how many reports carry it
 */
public record Programme(long id, String code, String name, String description, List<String> keywords,
		List<String> categoryCodes, boolean active, long version, long reportCount) {
}

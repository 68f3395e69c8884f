package id.lapor.agency;

import java.util.Arrays;
import java.util.List;

/**
 * Keyword lists are stored as one {@code ;}-separated, lower-case string.
 */
final class Keywords {

	private Keywords() {}

	static List<String> split(String keywords) {
		return Arrays.stream(keywords.split(";")).map(String::strip).filter(keyword -> !keyword.isEmpty()).toList();
	}
}

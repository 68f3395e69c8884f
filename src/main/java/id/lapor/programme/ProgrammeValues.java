package id.lapor.programme;

import java.util.List;

/**
 * What the national administrator writes about a programme, already validated.
 *
 * @param keywords words or phrases; a report mentioning one (as a whole word, any case) is tagged
 * @param categoryCodes categories whose reports are tagged; a top-level category includes its sub-categories
 */
public record ProgrammeValues(String code, String name, String description, List<String> keywords,
		List<String> categoryCodes, boolean active) {

	public ProgrammeValues {
		keywords = keywords.stream().map(String::strip).filter(keyword -> !keyword.isEmpty())
				.map(keyword -> keyword.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
		categoryCodes = List.copyOf(categoryCodes);
	}
}

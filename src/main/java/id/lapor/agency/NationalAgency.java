package id.lapor.agency;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A national body with what routing needs to recognise it in a report.
 *
 * @param keywords lower-case words and phrases citizens use for the body or its services
 */
public record NationalAgency(long id, String code, String name, @Nullable String shortName, String kind,
		@Nullable String parentCode, List<String> keywords, boolean active) {

	public boolean isStateOwnedEnterprise() {
		return "SOE".equals(kind);
	}
}

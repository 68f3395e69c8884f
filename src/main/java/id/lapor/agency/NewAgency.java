package id.lapor.agency;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A body to add to the catalogue.
 */
public record NewAgency(String code, String name, @Nullable String shortName, String kind, AgencyLevel level,
		@Nullable String regionCode, @Nullable String parentCode, List<String> keywords) {
}

package id.lapor.agency;

import org.jspecify.annotations.Nullable;

/**
 * A body as other modules see it.
 */
public record AgencySummary(long id, String code, String name, @Nullable String shortName, String kind,
		AgencyLevel level, @Nullable String regionCode, boolean active) {

	/** Whether this is a province's or regency/city's government itself (not one of its departments). */
	public boolean isRegionalGovernment() {
		return AgencyCatalogue.REGIONAL_GOVERNMENT.equals(kind);
	}
}

package id.lapor.agency;

import org.jspecify.annotations.Nullable;

/**
 * A region as other modules see it.
 *
 * @param population inhabitants, from the reference data ({@code null} when unknown)
 */
public record RegionSummary(String code, String name, RegionLevel level, String provinceCode,
		@Nullable Long population) {

	public boolean isProvince() {
		return level == RegionLevel.PROVINCE;
	}
}

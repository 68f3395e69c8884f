package id.lapor.agency;

/**
 * A region as other modules see it.
 */
public record RegionSummary(String code, String name, RegionLevel level, String provinceCode) {

	public boolean isProvince() {
		return level == RegionLevel.PROVINCE;
	}
}

package id.lapor.agency;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A province or a regency/city (kabupaten/kota), keyed by its Kemendagri code ({@code 73} or {@code 73.71}).
 */
@Entity
@Table(name = "regions")
class Region {

	@Id
	private String code;
	private String name;
	@Enumerated(EnumType.STRING)
	private RegionLevel level;
	private String provinceCode;
	private @Nullable Long population;

	protected Region() {}

	RegionSummary toSummary() {
		return new RegionSummary(code, name, level, provinceCode, population);
	}
}

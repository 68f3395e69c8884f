package id.lapor.agency;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A body that receives reports: a ministry, agency, state- or regionally-owned enterprise, a regional government
 * or one of its departments. Its {@code code} is stable and used in URLs and the API.
 */
@Entity
@Table(name = "agencies")
class Agency {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private String code;
	private String name;
	private @Nullable String shortName;
	private String kind;
	@Enumerated(EnumType.STRING)
	private AgencyLevel level;
	private @Nullable String regionCode;
	private @Nullable String unitKindCode;
	private @Nullable Long parentId;
	private String keywords;
	private boolean active;

	protected Agency() {}

	NationalBody toNationalBody(@Nullable String parentCode) {
		return new NationalBody(id, code, name, shortName, kind, parentCode, Keywords.split(keywords), active);
	}

	@Nullable Long getParentId() {
		return parentId;
	}

	Long getId() {
		return id;
	}

	String getCode() {
		return code;
	}

	AgencySummary toSummary() {
		return new AgencySummary(id, code, name, shortName, kind, level, regionCode, active);
	}
}

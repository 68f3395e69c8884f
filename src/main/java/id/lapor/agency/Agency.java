package id.lapor.agency;

import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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
	/** Keywords a body administrator proposed; routing ignores them until the national administrator approves. */
	private @Nullable String pendingKeywords;
	private boolean active;
	@Version
	private long version;

	protected Agency() {}

	Agency(String code, String name, @Nullable String shortName, String kind, AgencyLevel level,
			@Nullable String regionCode, @Nullable Long parentId, String keywords, boolean active) {
		this.code = code;
		this.name = name;
		this.shortName = shortName;
		this.kind = kind;
		this.level = level;
		this.regionCode = regionCode;
		this.parentId = parentId;
		this.keywords = keywords;
		this.active = active;
	}

	/** Changes what people see and what routing recognises; the code stays. */
	void describe(String newName, @Nullable String newShortName, String newKeywords) {
		this.name = newName.strip();
		this.shortName = newShortName == null || newShortName.isBlank() ? null : newShortName.strip();
		this.keywords = newKeywords;
	}

	/** A body administrator's keywords wait for review; proposing the current ones withdraws a proposal. */
	void proposeKeywords(String proposed) {
		this.pendingKeywords = proposed.equals(keywords) ? null : proposed;
	}

	/**
	 * The national administrator lets the proposed keywords route.
	 *
	 * @return the keywords before
	 * @throws InvalidAgencyException when nothing is proposed
	 */
	String approveKeywords() {
		if (pendingKeywords == null) {
			throw new InvalidAgencyException("keywords", "nothingPending");
		}
		var before = keywords;
		this.keywords = pendingKeywords;
		this.pendingKeywords = null;
		return before;
	}

	/**
	 * @return the keywords that were proposed
	 * @throws InvalidAgencyException when nothing is proposed
	 */
	String rejectKeywords() {
		if (pendingKeywords == null) {
			throw new InvalidAgencyException("keywords", "nothingPending");
		}
		var proposed = pendingKeywords;
		this.pendingKeywords = null;
		return proposed;
	}

	@Nullable String getPendingKeywords() {
		return pendingKeywords;
	}

	void reparent(@Nullable Long newParentId, String newKind) {
		this.parentId = newParentId;
		this.kind = newKind;
	}

	/** Whether an imported line would change anything. */
	boolean differsFrom(String otherName, String otherShortName, String otherKeywords, @Nullable Long otherParentId,
			String otherKind, boolean otherActive) {
		return !name.equals(otherName.strip())
				|| !Objects.equals(shortName, otherShortName.isBlank() ? null : otherShortName.strip())
				|| !keywords.equals(otherKeywords) || !Objects.equals(parentId, otherParentId)
				|| !kind.equals(otherKind) || active != otherActive;
	}

	void setActive(boolean nowActive) {
		this.active = nowActive;
	}

	boolean isActive() {
		return active;
	}

	long getVersion() {
		return version;
	}

	String getName() {
		return name;
	}

	@Nullable String getShortName() {
		return shortName;
	}

	String getKind() {
		return kind;
	}

	AgencyLevel getLevel() {
		return level;
	}

	@Nullable String getRegionCode() {
		return regionCode;
	}

	String getKeywords() {
		return keywords;
	}

	NationalAgency toNationalAgency(@Nullable String parentCode) {
		return new NationalAgency(id, code, name, shortName, kind, parentCode, Keywords.split(keywords), active);
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

	@Nullable String toUnitKind() {
		return unitKindCode;
	}

	AgencySummary toSummary() {
		return new AgencySummary(id, code, name, shortName, kind, level, regionCode, active);
	}
}

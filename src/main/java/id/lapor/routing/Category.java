package id.lapor.routing;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A complaint category and its default route: a national body, or a unit kind at province or regency level.
 */
@Entity
@Table(name = "categories")
class Category {

	@Id
	private String code;
	private String nameId;
	private String nameEn;
	private @Nullable String parentCode;
	@Enumerated(EnumType.STRING)
	private Jurisdiction jurisdiction;
	private @Nullable String unitKindCode;
	private @Nullable String nationalAgencyCode;
	private String keywords;
	private int position;
	private boolean active;

	protected Category() {}

	String getCode() {
		return code;
	}

	@Nullable String getParentCode() {
		return parentCode;
	}

	Jurisdiction getJurisdiction() {
		return jurisdiction;
	}

	@Nullable String getUnitKindCode() {
		return unitKindCode;
	}

	@Nullable String getNationalAgencyCode() {
		return nationalAgencyCode;
	}

	String getKeywords() {
		return keywords;
	}

	int getPosition() {
		return position;
	}

	boolean isTopLevel() {
		return parentCode == null;
	}

	boolean isActive() {
		return active;
	}

	String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameId;
	}

	CategorySummary toSummary(Locale locale) {
		return new CategorySummary(code, name(locale), parentCode);
	}
}

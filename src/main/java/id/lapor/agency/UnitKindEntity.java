package id.lapor.agency;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "unit_kinds")
class UnitKindEntity {

	@Id
	private String code;
	private String nameTemplateId;
	private String nameEn;
	private String appliesTo;
	private String kind;
	private String keywords;

	protected UnitKindEntity() {}

	UnitKind toUnitKind() {
		return new UnitKind(code, nameTemplateId, Keywords.split(keywords));
	}
}

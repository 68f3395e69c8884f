package id.lapor.routing;

import java.util.Optional;

import id.lapor.agency.AgencyCatalogue;
import id.lapor.agency.AgencySummary;
import id.lapor.agency.RegionDirectory;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides which body a report goes to. Version 1 follows the category's default route in the report's region:
 * <ol>
 * <li>{@code NATIONAL}: the national body named by the category;</li>
 * <li>{@code PROVINCE}: the category's unit kind in the report's province, else the provincial government;</li>
 * <li>{@code REGENCY}: the unit kind in the regency/city; in a region without departments of its own (DKI Jakarta's
 * administrative cities) the province's unit of that kind; else the regency/city government, else the
 * province's.</li>
 * </ol>
 * When nothing matches, the report goes to the national administrator, so no report is ever without an owner.
 */
@Service
@Transactional(readOnly = true)
public class RoutingService {

	static final String NATIONAL_ADMINISTRATOR = "kemenpanrb-lapor";

	private final CategoryRepository categories;
	private final AgencyCatalogue agencies;
	private final RegionDirectory regions;

	RoutingService(CategoryRepository categories, AgencyCatalogue agencies, RegionDirectory regions) {
		this.categories = categories;
		this.agencies = agencies;
		this.regions = regions;
	}

	public RoutingDecision route(String regionCode, String categoryCode) {

		var category = categories.findByCode(categoryCode)
				.filter(Category::isActive)
				.orElseThrow(() -> new UnknownCategoryException(categoryCode));
		var region = regions.find(regionCode)
				.orElseThrow(() -> new UnknownRegionException(regionCode));
		var unitKind = category.getUnitKindCode();

		var decision = switch (category.getJurisdiction()) {
			case NATIONAL -> nationalBody(category);
			case PROVINCE -> unit(region.provinceCode(), unitKind, RoutingRule.PROVINCE_UNIT)
					.or(() -> government(region.provinceCode()));
			case REGENCY -> unit(region.code(), unitKind, region.isProvince()
					? RoutingRule.PROVINCE_UNIT : RoutingRule.REGIONAL_UNIT)
					.or(() -> agencies.hasDepartments(region.code()) ? Optional.empty()
							: unit(region.provinceCode(), unitKind, RoutingRule.PROVINCE_UNIT))
					.or(() -> government(region.code()))
					.or(() -> government(region.provinceCode()));
		};

		return decision.orElseGet(this::nationalAdministrator);
	}

	private Optional<RoutingDecision> nationalBody(Category category) {
		var code = category.getNationalAgencyCode();
		return Optional.ofNullable(code)
				.flatMap(agencies::findByCode)
				.filter(AgencySummary::active)
				.map(target -> new RoutingDecision(target, RoutingRule.NATIONAL_BODY));
	}

	private Optional<RoutingDecision> unit(String regionCode, @Nullable String unitKind, RoutingRule rule) {
		return Optional.ofNullable(unitKind)
				.flatMap(kind -> agencies.findRegionalUnit(regionCode, kind))
				.map(target -> new RoutingDecision(target, rule));
	}

	private Optional<RoutingDecision> government(String regionCode) {
		return agencies.findRegionalGovernment(regionCode)
				.map(target -> new RoutingDecision(target, RoutingRule.REGIONAL_GOVERNMENT));
	}

	private RoutingDecision nationalAdministrator() {
		var admin = agencies.findByCode(NATIONAL_ADMINISTRATOR).orElseThrow(() -> new IllegalStateException(
				"The national administrator " + NATIONAL_ADMINISTRATOR + " is missing from the catalogue"));
		return new RoutingDecision(admin, RoutingRule.NATIONAL_ADMINISTRATOR);
	}
}

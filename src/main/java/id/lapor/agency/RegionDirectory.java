package id.lapor.agency;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Look-ups of provinces and regencies/cities.
 */
@Service
@Transactional(readOnly = true)
public class RegionDirectory {

	private final RegionRepository regions;

	RegionDirectory(RegionRepository regions) {
		this.regions = regions;
	}

	public List<RegionSummary> provinces() {
		return regions.findByLevelOrderByNameAsc(RegionLevel.PROVINCE).stream().map(Region::toSummary).toList();
	}

	public List<RegionSummary> regenciesOf(String provinceCode) {
		return regions.findByProvinceCodeAndLevelOrderByNameAsc(provinceCode, RegionLevel.REGENCY).stream()
				.map(Region::toSummary)
				.toList();
	}

	public Optional<RegionSummary> find(String code) {
		return regions.findByCode(code).map(Region::toSummary);
	}

	public Map<String, RegionSummary> findAll(Collection<String> codes) {
		return codes.isEmpty() ? Map.of()
				: regions.findByCodeIn(codes).stream().map(Region::toSummary)
						.collect(Collectors.toMap(RegionSummary::code, Function.identity()));
	}
}

package id.lapor.agency;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Look-ups of provinces and regencies/cities.
 * <p>
 * Regions are reference data that only migrations change (about 550 rows), so they are read once, at first use, and
 * kept in memory: the report form lists them on every visit and each submission checks one.
 */
@Service
public class RegionDirectory {

	private final RegionRepository regions;
	private volatile @Nullable Snapshot snapshot;

	RegionDirectory(RegionRepository regions) {
		this.regions = regions;
	}

	public List<RegionSummary> provinces() {
		return snapshot().provinces();
	}

	public List<RegionSummary> regenciesOf(String provinceCode) {
		return snapshot().regenciesByProvince().getOrDefault(provinceCode, List.of());
	}

	public Optional<RegionSummary> find(String code) {
		return Optional.ofNullable(snapshot().byCode().get(code));
	}

	public Map<String, RegionSummary> findAll(Collection<String> codes) {
		var byCode = snapshot().byCode();
		return codes.stream().distinct().map(byCode::get).filter(Objects::nonNull)
				.collect(Collectors.toUnmodifiableMap(RegionSummary::code, Function.identity()));
	}

	private Snapshot snapshot() {
		var loaded = snapshot;
		if (loaded == null) {
			loaded = Snapshot.of(regions.findAll().stream().map(Region::toSummary).toList());
			snapshot = loaded;
		}
		return loaded;
	}

	/** Names in Indonesian alphabetical order (as a reader expects, whatever the database's collation). */
	private static final Collator NAMES = Collator.getInstance(Locale.forLanguageTag("id"));

	private record Snapshot(Map<String, RegionSummary> byCode, List<RegionSummary> provinces,
			Map<String, List<RegionSummary>> regenciesByProvince) {

		static Snapshot of(List<RegionSummary> all) {
			var byName = all.stream().sorted(Comparator.comparing(RegionSummary::name, NAMES)).toList();
			return new Snapshot(all.stream().collect(Collectors.toUnmodifiableMap(RegionSummary::code, r -> r)),
					byName.stream().filter(RegionSummary::isProvince).toList(),
					byName.stream().filter(region -> region.level() == RegionLevel.REGENCY)
							.collect(Collectors.groupingBy(RegionSummary::provinceCode, Collectors.toUnmodifiableList())));
		}
	}
}

package id.lapor.agency;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A body with everything its administration page shows.
 *
 * @param pendingKeywords keywords a body administrator proposed, waiting for the national administrator (empty when
 * none are)
 */
public record AgencyDetails(AgencySummary agency, long version, @Nullable String unitKindCode, List<String> keywords,
		@Nullable AgencySummary parent, List<AgencySummary> children, @Nullable RegionSummary region,
		List<AgencyChangeView> changes, List<String> pendingKeywords) {

	public boolean hasPendingKeywords() {
		return !pendingKeywords.isEmpty();
	}
}

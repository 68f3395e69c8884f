package id.lapor.monitoring;

import java.time.LocalDate;
import java.util.Set;

import id.lapor.account.LaporUser;
import id.lapor.account.Role;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.agency.AgencySummary;
import id.lapor.calendar.IndonesianTimeZones;
import id.lapor.statistics.Filter;

import org.jspecify.annotations.Nullable;

/**
 * Which bodies' figures a person may see: the nation (national administrator, supervisors, and the public for
 * aggregates), a body with all its units (a body administrator; for a regional government: its departments and
 * enterprises), or one body (a liaison officer). Every statistics query goes through {@link #filter}, so no page can
 * forget the scope.
 */
public record MonitoringScope(@Nullable AgencySummary root, @Nullable Set<Long> bodies) {

	public static final MonitoringScope NATION = new MonitoringScope(null, null);

	public static MonitoringScope of(@Nullable LaporUser user, AgencyCatalogue agencies) {
		if (user == null || !user.hasRole(Role.LIAISON)) {
			return NATION;
		}
		var body = agencies.findById(user.requireAgencyId()).orElseThrow();
		return new MonitoringScope(body, user.isAgencyAdmin() ? agencies.findTreeIds(body.id()) : Set.of(body.id()));
	}

	public boolean isNational() {
		return bodies == null;
	}

	public boolean covers(long agencyId) {
		return bodies == null || bodies.contains(agencyId);
	}

	/** The reports submitted between the two dates (inclusive, WIB) within this scope. */
	public Filter filter(LocalDate from, LocalDate to, @Nullable String regionCode, Criteria criteria) {
		return filter(from, to, bodies, regionCode, criteria);
	}

	/** As {@link #filter(LocalDate, LocalDate, String, Criteria)}, narrowed to one body of the scope. */
	public Filter filter(LocalDate from, LocalDate to, long agencyId, @Nullable String regionCode, Criteria criteria) {
		if (!covers(agencyId)) {
			throw new IllegalArgumentException("body " + agencyId + " is outside the scope");
		}
		return filter(from, to, Set.of(agencyId), regionCode, criteria);
	}

	private static Filter filter(LocalDate from, LocalDate to, @Nullable Set<Long> bodies,
			@Nullable String regionCode, Criteria criteria) {
		return new Filter(from.atStartOfDay(IndonesianTimeZones.WIB).toInstant(),
				to.plusDays(1).atStartOfDay(IndonesianTimeZones.WIB).toInstant(), bodies, regionCode,
				criteria.categoryCode(), criteria.classification(), criteria.channel(), criteria.bodyKind(),
				criteria.programmeId());
	}
}

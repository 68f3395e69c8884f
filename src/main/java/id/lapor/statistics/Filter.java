package id.lapor.statistics;

import java.time.Instant;
import java.util.Set;

import id.lapor.agency.AgencyKind;
import id.lapor.report.Channel;
import id.lapor.report.Classification;

import org.jspecify.annotations.Nullable;

/**
 * Which reports count: submitted in {@code [from, to)}, optionally handled by one of the given bodies ({@code null}:
 * any body; empty: none) or by a body of one kind, of one region (a province includes its regencies), of one category
 * (a top-level category includes its sub-categories), of one classification, one channel, or tagged with one national
 * priority programme.
 */
public record Filter(Instant from, Instant to, @Nullable Set<Long> agencyIds, @Nullable String regionCode,
		@Nullable String categoryCode, @Nullable Classification classification, @Nullable Channel channel,
		@Nullable AgencyKind bodyKind, @Nullable Long programmeId) {

	public Filter {
		agencyIds = agencyIds == null ? null : Set.copyOf(agencyIds);
	}

	public Filter(Instant from, Instant to, @Nullable Set<Long> agencyIds, @Nullable String regionCode,
			@Nullable String categoryCode) {
		this(from, to, agencyIds, regionCode, categoryCode, null, null, null, null);
	}

	/** All reports submitted in {@code [from, to)}. */
	public static Filter between(Instant from, Instant to) {
		return new Filter(from, to, null, null, null);
	}
}

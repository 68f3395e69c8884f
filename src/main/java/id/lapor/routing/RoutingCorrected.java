package id.lapor.routing;

import java.util.UUID;

/**
 * A person moved a report to the body responsible for it: a liaison officer forwarded it ("bukan wewenang kami") or
 * passed it to a unit (disposisi), or the national administrator verified it. The router learns from it.
 *
 * @param agencyId the body the person chose (not the staffed parent it may have landed at)
 */
public record RoutingCorrected(UUID reportId, String title, String text, String regionCode, long agencyId,
		Source source) {

	/** Who corrected. */
	public enum Source {
		FORWARD, DISPOSITION, VERIFICATION
	}
}

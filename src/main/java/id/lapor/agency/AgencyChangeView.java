package id.lapor.agency;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A recorded change of a body, for its history page.
 *
 * @param action message {@code catalogue.change.<action>}: CREATED, UPDATED, ACTIVATED, DEACTIVATED, IMPORTED,
 * LIAISON_ADDED, LIAISON_DISABLED
 */
public record AgencyChangeView(Instant occurredAt, @Nullable UUID actorId, String action, @Nullable String detail,
		@Nullable String note) {
}

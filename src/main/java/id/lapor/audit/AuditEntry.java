package id.lapor.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One recorded event.
 *
 * @param actorId the account that acted, {@code null} for the system or an unknown caller
 * @param target what it was done to: an account id, a tracking number, an export's name
 * @param detail what exactly (a filter, the old and new flags, a reason); never a password or a secret
 */
public record AuditEntry(long id, Instant occurredAt, @Nullable UUID actorId, AuditAction action, String target,
		@Nullable String detail) {
}

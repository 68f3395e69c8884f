package id.lapor.account;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person as other modules may show them (to staff only, and never for an anonymous report).
 */
public record AccountSummary(UUID id, String fullName, String email, @Nullable String phone, Role role) {
}

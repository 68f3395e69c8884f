package id.lapor.account;

import java.util.UUID;

/**
 * A staff account as a body's administration page shows it.
 */
public record StaffAccount(UUID id, String fullName, String email, Role role, boolean enabled, boolean agencyAdmin) {
}

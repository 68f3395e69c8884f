/**
 * The security audit log: who signed in or failed to, changed a role or a report's flags, unsealed an identity,
 * exported data or disabled an account, and when. Append-only (a trigger refuses changes); every module records
 * through {@link id.lapor.audit.AuditLog}, inside its own transaction so the change and its record commit together.
 */
@org.jspecify.annotations.NullMarked
package id.lapor.audit;

package id.lapor.audit;

/**
 * What happened. The names are stored; add new ones at will, never rename one.
 */
public enum AuditAction {

	SIGN_IN,
	SIGN_IN_FAILED,
	SIGN_IN_THROTTLED,
	SIGN_OUT_EVERYWHERE,
	ACCOUNT_REGISTERED,
	EMAIL_VERIFIED,
	PASSWORD_RESET_REQUESTED,
	PASSWORD_CHANGED,
	SECOND_FACTOR_ENABLED,
	SECOND_FACTOR_DISABLED,
	RECOVERY_CODE_USED,
	ACCOUNT_CREATED,
	ACCOUNT_DISABLED,
	ROLE_CHANGED,
	REPORT_FLAGS_CHANGED,
	IDENTITY_SEALED,
	IDENTITY_UNSEALED,
	EXPORT,
	PERSONAL_DATA_EXPORTED,
	PERSONAL_DATA_ERASED,
	RETENTION_ANONYMISED,
	ROUTING_KEYWORDS_CHANGED;

	/** The entries a supervisor may read: what was exported, by whom. */
	public boolean isExport() {
		return this == EXPORT;
	}
}

package id.lapor.account;

import java.util.UUID;

/**
 * Accounts that stand in for a reporter in the records where naming them would say too much. Neither can sign in
 * (disabled, no usable password) and neither names anybody.
 */
public final class PlaceholderAccounts {

	/**
	 * What reports unlinked from their reporter point at: after the retention period or the reporter's erasure
	 * (migration V32). There is no way back to the person.
	 */
	public static final UUID ANONYMISED_REPORTER = UUID.fromString("00000000-0000-0000-0000-00000000a404");

	/**
	 * What anonymous reports, their history, conversation and files name instead of the reporter (migration V33).
	 * The reporter is kept sealed (encrypted) on the report; only the application opens it, for the reporter, and
	 * for the national administrator with a recorded reason.
	 */
	public static final UUID SEALED_REPORTER = UUID.fromString("00000000-0000-0000-0000-00000000a405");

	private PlaceholderAccounts() {
	}
}

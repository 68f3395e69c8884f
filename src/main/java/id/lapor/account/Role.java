package id.lapor.account;

/**
 * What a person may do. Staff roles are bound to one body.
 */
public enum Role {

	/** Sends reports and follows them. */
	CITIZEN,

	/** Nara Hubung / admin instansi: handles the reports of one body. */
	LIAISON,

	/** National administrator of SP4N-LAPOR! (KemenPAN-RB). */
	ADMIN,

	/** Read-only supervision: Ombudsman RI, Kantor Staf Presiden. */
	SUPERVISOR;

	public boolean isStaff() {
		return this != CITIZEN;
	}

	String authority() {
		return "ROLE_" + name();
	}
}

package id.lapor.administration;

import java.util.Locale;
import java.util.UUID;

import id.lapor.account.AccountManagement;
import id.lapor.agency.AgencyManagement;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds and disables the liaison accounts of a body, recording each change on the body in the same transaction.
 */
@Service
@Transactional
class LiaisonAdministration {

	private final AccountManagement accounts;
	private final AgencyManagement agencies;

	LiaisonAdministration(AccountManagement accounts, AgencyManagement agencies) {
		this.accounts = accounts;
		this.agencies = agencies;
	}

	void add(long agencyId, UUID actorId, String email, String password, String fullName, boolean agencyAdmin,
			String note) {
		accounts.createLiaison(email, password, fullName, agencyId, agencyAdmin);
		agencies.recordChange(agencyId, actorId, "LIAISON_ADDED", email.strip().toLowerCase(Locale.ROOT), note);
	}

	void disable(long agencyId, UUID actorId, UUID accountId, String note) {
		accounts.disableStaff(accountId, agencyId);
		agencies.recordChange(agencyId, actorId, "LIAISON_DISABLED", accountId.toString(), note);
	}
}

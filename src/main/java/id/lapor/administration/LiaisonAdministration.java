package id.lapor.administration;

import java.util.Locale;
import java.util.UUID;

import id.lapor.account.AccountDirectory;
import id.lapor.account.AccountManagement;
import id.lapor.account.LaporUser;
import id.lapor.account.Role;
import id.lapor.account.StaffAccount;
import id.lapor.agency.AgencyManagement;
import id.lapor.audit.AuditAction;
import id.lapor.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds and disables the liaison accounts of a body, recording each change on the body in the same transaction.
 */
@Service
@Transactional
public class LiaisonAdministration {

	private final AccountManagement accounts;
	private final AccountDirectory directory;
	private final AgencyManagement agencies;
	private final AuditLog audit;

	LiaisonAdministration(AccountManagement accounts, AccountDirectory directory, AgencyManagement agencies,
			AuditLog audit) {
		this.accounts = accounts;
		this.directory = directory;
		this.agencies = agencies;
		this.audit = audit;
	}

	public void add(long agencyId, UUID actorId, String email, String password, String fullName, boolean agencyAdmin,
			String note) {
		accounts.createLiaison(email, password, fullName, agencyId, agencyAdmin);
		agencies.recordChange(agencyId, actorId, "LIAISON_ADDED", email.strip().toLowerCase(Locale.ROOT), note);
	}

	/**
	 * Disables a staff account of a body, if {@code actor} may: the national administrator any staff account but
	 * their own; a body administrator only plain liaison officers (not body administrators, not national
	 * administrators or supervisors) of their own body and its units, never themselves. This is the one place the
	 * rule lives.
	 *
	 * @throws DisableRefusedException when the actor may not disable the account
	 * @throws IllegalArgumentException when the body has no such staff account
	 */
	public void disable(long agencyId, LaporUser actor, UUID accountId, String note) {

		if (accountId.equals(actor.id())) {
			throw new DisableRefusedException("self");
		}
		var nationalAdministrator = actor.hasRole(Role.ADMIN);
		if (!nationalAdministrator && !(actor.isAgencyAdmin() && agencies.isWithin(agencyId, actor.requireAgencyId()))) {
			throw new DisableRefusedException("outOfReach");
		}
		var target = directory.findStaff(agencyId).stream().filter(account -> account.id().equals(accountId))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No staff account " + accountId + " at body " + agencyId));
		if (!nationalAdministrator && !isPlainLiaison(target)) {
			throw new DisableRefusedException("peer");
		}

		accounts.disableStaff(accountId, agencyId);
		agencies.recordChange(agencyId, actor.id(), "LIAISON_DISABLED", accountId.toString(), note);
		audit.record(AuditAction.ACCOUNT_DISABLED, actor.id(), accountId.toString(), "agency=" + agencyId);
	}

	private static boolean isPlainLiaison(StaffAccount account) {
		return account.role() == Role.LIAISON && !account.agencyAdmin();
	}
}

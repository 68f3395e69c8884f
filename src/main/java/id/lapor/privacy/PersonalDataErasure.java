package id.lapor.privacy;

import java.util.UUID;

import id.lapor.account.AccountErasure;
import id.lapor.audit.AuditAction;
import id.lapor.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A citizen erases their account. What stays and why is written down in docs/privacy.md: the reports remain, as
 * records of what the bodies were asked and did, pointing at an account that no longer names anybody.
 */
@Service
public class PersonalDataErasure {

	private final AccountErasure accounts;
	private final AuditLog audit;

	PersonalDataErasure(AccountErasure accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	/**
	 * @return whether the account was erased (the password confirmed it)
	 */
	@Transactional
	public boolean erase(UUID accountId, String password) {
		if (!accounts.confirms(accountId, password)) {
			return false;
		}
		accounts.erase(accountId);
		audit.record(AuditAction.PERSONAL_DATA_ERASED, accountId, accountId.toString(), null);
		return true;
	}
}

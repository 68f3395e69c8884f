package id.lapor.account;

import java.util.UUID;

import id.lapor.audit.AuditAction;
import id.lapor.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Keluar dari semua perangkat": ends every session of an account, on every device and instance, at its next request
 * (see {@code SessionVersionFilter}).
 */
@Service
@Transactional
public class AccountSessions {

	private final AccountRepository accounts;
	private final AuditLog audit;

	AccountSessions(AccountRepository accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	public void endEverywhere(UUID accountId) {
		accounts.findById(accountId).ifPresent(account -> {
			account.endSessions();
			audit.record(AuditAction.SIGN_OUT_EVERYWHERE, accountId, accountId.toString(), null);
		});
	}
}

package id.lapor.account;

import id.lapor.audit.AuditAction;
import id.lapor.audit.AuditLog;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins and failed sign-ins in the audit log. A failure names the account when the address has one, never what was
 * typed: people type passwords into the e-mail field.
 */
@Component
class SignInAudit {

	private final AuditLog audit;
	private final AccountRepository accounts;

	SignInAudit(AuditLog audit, AccountRepository accounts) {
		this.audit = audit;
		this.accounts = accounts;
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof LaporUser user) {
			audit.record(AuditAction.SIGN_IN, user.id(), user.id().toString(), null);
		}
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		var typed = event.getAuthentication().getName();
		var account = typed == null ? null : accounts.findByEmail(Account.normalize(typed)).orElse(null);
		audit.record(AuditAction.SIGN_IN_FAILED, null, account == null ? "unknown account" : account.getId().toString(),
				event.getException().getClass().getSimpleName());
	}
}

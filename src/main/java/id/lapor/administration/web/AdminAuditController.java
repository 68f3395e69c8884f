package id.lapor.administration.web;

import java.util.EnumSet;
import java.util.Set;

import id.lapor.account.AccountDirectory;
import id.lapor.account.LaporUser;
import id.lapor.account.Role;
import id.lapor.audit.AuditAction;
import id.lapor.audit.AuditEntry;
import id.lapor.audit.AuditLog;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log, newest first. The national administrator reads all of it; supervisors read what was exported and
 * by whom, which is what they oversee.
 */
@Controller
class AdminAuditController {

	static final int PAGE_SIZE = 50;

	private final AuditLog audit;
	private final AccountDirectory accounts;

	AdminAuditController(AuditLog audit, AccountDirectory accounts) {
		this.audit = audit;
		this.accounts = accounts;
	}

	@GetMapping("/admin/audit")
	String show(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) @Nullable AuditAction action,
			@AuthenticationPrincipal LaporUser user, Model model) {

		Set<AuditAction> actions = user.hasRole(Role.ADMIN)
				? (action == null ? EnumSet.noneOf(AuditAction.class) : EnumSet.of(action))
				: EnumSet.of(AuditAction.EXPORT);
		var entries = audit.find(actions, null, PageRequest.of(Math.clamp(page, 0, 10_000), PAGE_SIZE));
		model.addAttribute("entries", entries);
		model.addAttribute("actors", accounts.findAll(entries.stream().map(AuditEntry::actorId)
				.filter(java.util.Objects::nonNull).distinct().toList()));
		model.addAttribute("actions", user.hasRole(Role.ADMIN) ? AuditAction.values() : new AuditAction[] { AuditAction.EXPORT });
		model.addAttribute("action", action);
		return "administration/audit";
	}
}

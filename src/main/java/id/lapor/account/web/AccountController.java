package id.lapor.account.web;

import id.lapor.account.AccountRegistration;
import id.lapor.account.AccountSessions;
import id.lapor.account.LaporUser;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The person's own account page: their address and whether it is verified, and "log out everywhere".
 */
@Controller
class AccountController {

	private final AccountRegistration registration;
	private final AccountSessions sessions;

	AccountController(AccountRegistration registration, AccountSessions sessions) {
		this.registration = registration;
		this.sessions = sessions;
	}

	@GetMapping("/account")
	String show(@AuthenticationPrincipal LaporUser user, Model model) {
		model.addAttribute("verified", registration.isEmailVerified(user.id()));
		return "account/account";
	}

	@PostMapping("/account/sessions/end")
	String endEverywhere(@AuthenticationPrincipal LaporUser user, Authentication authentication,
			HttpServletRequest request, HttpServletResponse response) {
		sessions.endEverywhere(user.id());
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		return "redirect:/login?ended";
	}
}

package id.lapor.account.web;

import id.lapor.account.LaporUser;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/login")
	String showLoginForm(@Nullable HttpSession session, Model model) {
		if (session != null && session.getAttribute(LaporUser.SESSION_ENDED) != null) {
			session.removeAttribute(LaporUser.SESSION_ENDED);
			model.addAttribute("sessionEnded", true);
		}
		return "account/login";
	}
}

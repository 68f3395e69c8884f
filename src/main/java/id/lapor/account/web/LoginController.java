package id.lapor.account.web;

import id.lapor.account.LaporUser;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	@GetMapping("/login")
	String showLoginForm(@RequestParam(required = false) @Nullable String throttled, @Nullable HttpSession session,
			Model model) {
		if (throttled != null && throttled.matches("\\d{1,4}")) {
			model.addAttribute("throttledMinutes", Integer.parseInt(throttled));
		}
		if (session != null && session.getAttribute(LaporUser.SESSION_ENDED) != null) {
			session.removeAttribute(LaporUser.SESSION_ENDED);
			model.addAttribute("sessionEnded", true);
		}
		return "account/login";
	}
}

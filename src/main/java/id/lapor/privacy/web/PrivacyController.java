package id.lapor.privacy.web;

import java.io.IOException;
import java.util.Locale;

import id.lapor.account.LaporUser;
import id.lapor.privacy.PersonalDataErasure;
import id.lapor.privacy.PersonalDataExport;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Data saya": download all of one's data, or erase the account.
 */
@Controller
class PrivacyController {

	private final PersonalDataExport export;
	private final PersonalDataErasure erasure;

	PrivacyController(PersonalDataExport export, PersonalDataErasure erasure) {
		this.export = export;
		this.erasure = erasure;
	}

	@GetMapping("/account/data")
	String show() {
		return "privacy/data";
	}

	@GetMapping("/account/data/export")
	void download(@AuthenticationPrincipal LaporUser citizen, Locale locale, HttpServletResponse response)
			throws IOException {
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("data-lapor.zip").build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		export.write(citizen, locale, response.getOutputStream());
	}

	@PostMapping("/account/data/erase")
	String erase(@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "false") boolean confirm,
			@AuthenticationPrincipal LaporUser citizen, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response, Model model) {

		if (!confirm) {
			model.addAttribute("eraseError", "privacy.erase.confirmMissing");
			return "privacy/data";
		}
		if (password.isEmpty() || password.length() > 200 || !erasure.erase(citizen.id(), password)) {
			model.addAttribute("eraseError", "privacy.erase.wrongPassword");
			return "privacy/data";
		}
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		return "redirect:/?erased";
	}
}

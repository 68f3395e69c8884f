package id.lapor.account.web;

import java.util.Locale;

import id.lapor.account.AccountRegistration;
import id.lapor.account.LaporUser;
import id.lapor.account.PasswordPolicy;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registration answers the same for a new and a known address ("check your mailbox"); the mail says which it was.
 */
@Controller
class RegistrationController {

	private static final String VIEW = "account/register";

	private final AccountRegistration registration;
	private final PasswordPolicy passwords;

	RegistrationController(AccountRegistration registration, PasswordPolicy passwords) {
		this.registration = registration;
		this.passwords = passwords;
	}

	@GetMapping("/register")
	String showRegistrationForm(Model model) {
		model.addAttribute("form", RegistrationForm.empty());
		return VIEW;
	}

	@PostMapping("/register")
	String processRegistrationForm(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result,
			RedirectAttributes redirect, Locale locale) {

		if (!result.hasFieldErrors("password")) {
			passwords.problem(form.password(), form.fullName(), form.email())
					.ifPresent(problem -> result.rejectValue("password", problem));
		}
		if (!result.hasFieldErrors("password") && !form.passwordsMatch()) {
			result.rejectValue("passwordConfirmation", "register.password.mismatch");
		}
		if (result.hasErrors()) {
			return VIEW;
		}

		registration.register(form.email(), form.password(), form.fullName(), form.phone(), locale);
		redirect.addFlashAttribute("email", form.email());
		return "redirect:/register/sent";
	}

	@GetMapping("/register/sent")
	String showSent() {
		return "account/register-sent";
	}

	@GetMapping("/register/verify")
	String verify(@RequestParam(defaultValue = "") String token, RedirectAttributes redirect) {
		if (!token.isEmpty() && token.length() <= 100 && registration.verify(token)) {
			redirect.addFlashAttribute("message", "register.verified");
			return "redirect:/login";
		}
		return "account/verify-failed";
	}

	@PostMapping("/register/verify/resend")
	String resend(@AuthenticationPrincipal LaporUser user, RedirectAttributes redirect, Locale locale) {
		registration.resendVerification(user.id(), locale);
		redirect.addFlashAttribute("message", "register.verify.resent");
		return "redirect:/account";
	}
}

package id.lapor.account.web;

import java.util.Locale;

import id.lapor.account.PasswordPolicy;
import id.lapor.account.PasswordReset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Lupa kata sandi": ask for a link (same answer for every address), then set a new password through it.
 */
@Controller
class PasswordResetController {

	record ForgotForm(@NotBlank @Email @Size(max = 254) @Nullable String email) {}

	record ResetForm(@NotBlank @Size(max = 100) @Nullable String token, @NotBlank @Size(max = 200) @Nullable String password,
			@Nullable String passwordConfirmation) {
	}

	private final PasswordReset reset;
	private final PasswordPolicy passwords;

	PasswordResetController(PasswordReset reset, PasswordPolicy passwords) {
		this.reset = reset;
		this.passwords = passwords;
	}

	@GetMapping("/password/forgot")
	String showForgotForm(Model model) {
		model.addAttribute("form", new ForgotForm(null));
		return "account/forgot";
	}

	@PostMapping("/password/forgot")
	String processForgotForm(@Valid @ModelAttribute("form") ForgotForm form, BindingResult result,
			RedirectAttributes redirect, Locale locale) {
		if (result.hasErrors()) {
			return "account/forgot";
		}
		reset.request(form.email(), locale);
		redirect.addFlashAttribute("message", "password.forgot.sent");
		return "redirect:/password/forgot";
	}

	@GetMapping("/password/reset")
	String showResetForm(@RequestParam(defaultValue = "") String token, Model model) {
		var email = token.isEmpty() || token.length() > 100 ? null : reset.emailOf(token).orElse(null);
		if (email == null) {
			return "account/reset-failed";
		}
		model.addAttribute("email", email);
		model.addAttribute("form", new ResetForm(token, null, null));
		return "account/reset";
	}

	@PostMapping("/password/reset")
	String processResetForm(@Valid @ModelAttribute("form") ResetForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {

		var email = result.hasFieldErrors("token") ? null : reset.emailOf(form.token()).orElse(null);
		if (email == null) {
			return "account/reset-failed";
		}
		if (!result.hasFieldErrors("password")) {
			passwords.problem(form.password(), email).ifPresent(problem -> result.rejectValue("password", problem));
		}
		if (!result.hasFieldErrors("password") && !form.password().equals(form.passwordConfirmation())) {
			result.rejectValue("passwordConfirmation", "register.password.mismatch");
		}
		if (result.hasErrors()) {
			model.addAttribute("email", email);
			return "account/reset";
		}
		if (!reset.reset(form.token(), form.password(), locale)) {
			return "account/reset-failed";
		}
		redirect.addFlashAttribute("message", "password.reset.done");
		redirect.addFlashAttribute("email", email);
		return "redirect:/login";
	}
}

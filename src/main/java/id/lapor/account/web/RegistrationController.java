package id.lapor.account.web;

import id.lapor.account.AccountManagement;
import id.lapor.account.EmailAlreadyRegisteredException;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class RegistrationController {

	private static final String VIEW = "account/register";

	private final AccountManagement accounts;

	RegistrationController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/register")
	String showRegistrationForm(Model model) {
		model.addAttribute("form", RegistrationForm.empty());
		return VIEW;
	}

	@PostMapping("/register")
	String processRegistrationForm(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result,
			RedirectAttributes redirect) {

		if (!result.hasFieldErrors("password") && !form.passwordsMatch()) {
			result.rejectValue("passwordConfirmation", "register.password.mismatch");
		}
		if (result.hasErrors()) {
			return VIEW;
		}

		try {
			accounts.registerCitizen(form.email(), form.password(), form.fullName(), form.phone());
		} catch (EmailAlreadyRegisteredException e) {
			result.rejectValue("email", "register.email.taken");
			return VIEW;
		}

		redirect.addFlashAttribute("message", "register.success");
		redirect.addFlashAttribute("email", form.email());
		return "redirect:/login";
	}
}

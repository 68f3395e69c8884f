package id.lapor.account.web;

import java.io.IOException;

import id.lapor.account.SecondFactors;
import id.lapor.account.TwoStepLogin;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The code page between the password and being signed in.
 */
@Controller
class TwoStepLoginController {

	private final TwoStepLogin login;
	private final SecondFactors secondFactors;

	TwoStepLoginController(TwoStepLogin login, SecondFactors secondFactors) {
		this.login = login;
		this.secondFactors = secondFactors;
	}

	@GetMapping(TwoStepLogin.CODE_PAGE)
	String showCodeForm(HttpServletRequest request, Model model) {
		if (login.pending(request).isEmpty()) {
			return "redirect:/login";
		}
		model.addAttribute("form", new SecondFactorCodeForm(""));
		return "account/login-code";
	}

	/** Returns no view when the code was right: the success handler has answered with a redirect. */
	@PostMapping(TwoStepLogin.CODE_PAGE)
	@Nullable String processCodeForm(@Valid @ModelAttribute("form") SecondFactorCodeForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {

		var pending = login.pending(request);
		if (pending.isEmpty()) {
			return "redirect:/login?expired";
		}
		if (!result.hasErrors() && secondFactors.signIn(pending.get().user(), form.code()) != SecondFactors.SignIn.REFUSED) {
			login.complete(request, response, pending.get());
			return null;
		}
		if (!login.refused(request, pending.get())) {
			return "redirect:/login?codeAttempts";
		}
		if (!result.hasErrors()) {
			result.rejectValue("code", "twoStep.code.wrong");
		}
		return "account/login-code";
	}
}

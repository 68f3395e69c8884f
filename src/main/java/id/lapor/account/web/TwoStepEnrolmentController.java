package id.lapor.account.web;

import java.util.List;
import java.util.Optional;

import id.lapor.account.Base32;
import id.lapor.account.LaporUser;
import id.lapor.account.SecondFactors;
import id.lapor.account.Totp;
import id.lapor.account.TwoStepLogin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * A person's two-step verification: enrol an authenticator app, get recovery codes (shown once), make new ones, or
 * turn it off. Until enrolment is confirmed the new secret lives only in the session; afterwards no page shows it.
 */
@Controller
class TwoStepEnrolmentController {

	static final String ISSUER = "LAPOR!";

	private static final String NEW_SECRET = TwoStepEnrolmentController.class.getName() + ".SECRET";
	private static final String VIEW = "account/two-step";
	private static final String REDIRECT = "redirect:" + TwoStepLogin.ENROLMENT_PAGE;

	private final SecondFactors secondFactors;
	private final TwoStepLogin login;

	TwoStepEnrolmentController(SecondFactors secondFactors, TwoStepLogin login) {
		this.secondFactors = secondFactors;
		this.login = login;
	}

	@GetMapping(TwoStepLogin.ENROLMENT_PAGE)
	String showTwoStepPage(@AuthenticationPrincipal LaporUser user, HttpSession session, HttpServletRequest request,
			HttpServletResponse response, Authentication authentication, Model model) {

		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new SecondFactorCodeForm(""));
		}
		model.addAttribute("required", login.isEnrolmentRequired(session) || secondFactors.isRequired(user));
		model.addAttribute("home", login.homeOf(request, response, authentication));
		if (secondFactors.isEnabled(user.id())) {
			session.removeAttribute(NEW_SECRET);
			model.addAttribute("enabled", true);
			model.addAttribute("unusedRecoveryCodes", secondFactors.unusedRecoveryCodes(user.id()));
			return VIEW;
		}
		var secret = session.getAttribute(NEW_SECRET) instanceof byte[] pending ? pending : Totp.newSecret();
		session.setAttribute(NEW_SECRET, secret);
		var base32 = Base32.encode(secret);
		var uri = "otpauth://totp/" + UriUtils.encodePathSegment(ISSUER + ":" + user.email(), "UTF-8") + "?secret=" + base32
				+ "&issuer=" + UriUtils.encodeQueryParam(ISSUER, "UTF-8") + "&algorithm=SHA1&digits=6&period="
				+ Totp.stepLength().toSeconds();
		model.addAttribute("enabled", false);
		model.addAttribute("secret", base32.replaceAll("(.{4})(?!$)", "$1 "));
		model.addAttribute("otpauthUri", uri);
		model.addAttribute("qrCode", QrCodeImage.dataUri(uri));
		return VIEW;
	}

	@PostMapping(TwoStepLogin.ENROLMENT_PAGE)
	String processEnrolmentForm(@AuthenticationPrincipal LaporUser user,
			@Valid @ModelAttribute("form") SecondFactorCodeForm form, BindingResult result, HttpSession session,
			HttpServletRequest request, HttpServletResponse response, Authentication authentication, Model model,
			RedirectAttributes redirect) {

		if (!(session.getAttribute(NEW_SECRET) instanceof byte[] secret)) {
			return REDIRECT;
		}
		var codes = result.hasErrors() ? Optional.<List<String>>empty()
				: secondFactors.enable(user, secret, form.code());
		if (codes.isEmpty()) {
			if (!result.hasErrors()) {
				result.rejectValue("code", "twoStep.code.wrong");
			}
			return showTwoStepPage(user, session, request, response, authentication, model);
		}
		session.removeAttribute(NEW_SECRET);
		login.enrolled(session);
		return showRecoveryCodes(codes.get(), "twoStep.enabled", redirect);
	}

	@PostMapping(TwoStepLogin.ENROLMENT_PAGE + "/recovery-codes")
	String processRecoveryCodesForm(@AuthenticationPrincipal LaporUser user,
			@Valid @ModelAttribute("form") SecondFactorCodeForm form, BindingResult result, RedirectAttributes redirect) {

		var codes = result.hasErrors() ? Optional.<List<String>>empty()
				: secondFactors.regenerateRecoveryCodes(user, form.code());
		if (codes.isEmpty()) {
			redirect.addFlashAttribute("codeError", "twoStep.code.wrong");
			return REDIRECT;
		}
		return showRecoveryCodes(codes.get(), "twoStep.recoveryCodes.renewed", redirect);
	}

	@PostMapping(TwoStepLogin.ENROLMENT_PAGE + "/disable")
	String processDisableForm(@AuthenticationPrincipal LaporUser user,
			@Valid @ModelAttribute("form") SecondFactorCodeForm form, BindingResult result, HttpSession session,
			RedirectAttributes redirect) {

		if (result.hasErrors() || !secondFactors.disable(user, form.code())) {
			redirect.addFlashAttribute("codeError", "twoStep.code.wrong");
			return REDIRECT;
		}
		if (secondFactors.isRequired(user)) {
			// A role that needs a second factor goes straight back to enrolling one (a new phone, say).
			login.requireEnrolment(session);
		}
		redirect.addFlashAttribute("message", "twoStep.disabled");
		return REDIRECT;
	}

	private static String showRecoveryCodes(List<String> codes, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("recoveryCodes", codes);
		redirect.addFlashAttribute("message", message);
		return REDIRECT;
	}
}

package id.lapor.administration.web;

import java.util.List;
import java.util.UUID;

import id.lapor.account.AccountDirectory;
import id.lapor.account.EmailAlreadyRegisteredException;
import id.lapor.account.LaporUser;
import id.lapor.account.Role;
import id.lapor.administration.DisableRefusedException;
import id.lapor.administration.LiaisonAdministration;
import id.lapor.administration.web.AgencyForms.ActiveForm;
import id.lapor.administration.web.AgencyForms.DescribeForm;
import id.lapor.administration.web.AgencyForms.KeywordReviewForm;
import id.lapor.administration.web.AgencyForms.LiaisonForm;
import id.lapor.administration.web.AgencyForms.NewAgencyForm;
import id.lapor.agency.AgencyDetails;
import id.lapor.agency.AgencyLevel;
import id.lapor.agency.AgencyManagement;
import id.lapor.agency.InvalidAgencyException;
import id.lapor.agency.NewAgency;
import id.lapor.agency.UnknownAgencyException;
import id.lapor.system.StaleForms;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalogue of bodies: search, hierarchy, names and keywords, activation, units and liaison accounts. A body
 * administrator sees and changes only their own body and its units; other bodies do not exist for them.
 */
@Controller
class AdminAgencyController implements StaleForms.Page {

	static final int PAGE_SIZE = 30;
	private static final String VIEW = "administration/agency";

	/** Answers 404 for bodies outside the administrator's reach, like for bodies that do not exist. */
	@ResponseStatus(HttpStatus.NOT_FOUND)
	static class OutOfReachException extends RuntimeException {
		OutOfReachException() {
			super("Body not found");
		}
	}

	private final AgencyManagement agencies;
	private final AccountDirectory accounts;
	private final LiaisonAdministration liaisons;

	AdminAgencyController(AgencyManagement agencies, AccountDirectory accounts, LiaisonAdministration liaisons) {
		this.agencies = agencies;
		this.accounts = accounts;
		this.liaisons = liaisons;
	}

	@GetMapping("/admin/agencies")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal LaporUser user, Model model) {

		model.addAttribute("q", q);
		model.addAttribute("agencies", agencies.search(q, scope(user), PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("bodyForm", new NewAgencyForm(null, null, null, "AGENCY", null, null));
		model.addAttribute("kinds", AgencyManagement.KINDS.stream().sorted().toList());
		return "administration/agencies";
	}

	/**
	 * The national administrator adds a national body (a new ministry, agency or SOE) without a parent.
	 */
	@PostMapping("/admin/agencies")
	String addNationalAgency(@Valid @ModelAttribute("bodyForm") NewAgencyForm form, BindingResult result,
			@AuthenticationPrincipal LaporUser user, Model model, RedirectAttributes redirect) {

		if (!user.hasRole(Role.ADMIN)) {
			throw new OutOfReachException();
		}
		if (!result.hasErrors()) {
			try {
				var body = agencies.create(new NewAgency(form.code(), form.name(), form.shortName(),
						form.kind() == null ? "" : form.kind(), AgencyLevel.NATIONAL, null, null,
						AgencyForms.keywords(form.keywords())), user.id(), form.note());
				return done(redirect, body.code(), "catalogue.created");
			} catch (InvalidAgencyException e) {
				result.rejectValue(e.field(), "catalogue.invalid." + e.messageCode());
			}
		}
		model.addAttribute("q", "");
		model.addAttribute("agencies", agencies.search("", null, PageRequest.of(0, PAGE_SIZE)));
		model.addAttribute("kinds", AgencyManagement.KINDS.stream().sorted().toList());
		return "administration/agencies";
	}

	@GetMapping("/admin/agencies/{code}")
	String show(@PathVariable String code, @AuthenticationPrincipal LaporUser user, Model model) {
		return view(model, details(code, user), user);
	}

	@PostMapping("/admin/agencies/{code}")
	String describe(@PathVariable String code, @Valid @ModelAttribute("describeForm") DescribeForm form,
			BindingResult result, @AuthenticationPrincipal LaporUser user, Model model, RedirectAttributes redirect) {

		var details = details(code, user);
		if (!result.hasErrors()) {
			try {
				if (user.hasRole(Role.ADMIN)) {
					agencies.describe(code, user.id(), form.version(), form.name(), form.shortName(),
							AgencyForms.keywords(form.keywords()), form.note());
					return done(redirect, code, "catalogue.saved");
				}
				agencies.describeForReview(code, user.id(), form.version(), form.name(), form.shortName(),
						AgencyForms.keywords(form.keywords()), form.note());
				return done(redirect, code, agencies.details(code).hasPendingKeywords() ? "catalogue.keywords.proposed"
						: "catalogue.saved");
			} catch (InvalidAgencyException e) {
				result.rejectValue(e.field(), "catalogue.invalid." + e.messageCode());
			}
		}
		return view(model, details, user);
	}

	/**
	 * The national administrator approves or rejects the keywords a body administrator proposed.
	 */
	@PostMapping("/admin/agencies/{code}/keywords/{decision:approve|reject}")
	String reviewKeywords(@PathVariable String code, @PathVariable String decision,
			@Valid @ModelAttribute("keywordReviewForm") KeywordReviewForm form, BindingResult result,
			@AuthenticationPrincipal LaporUser user, RedirectAttributes redirect) {

		if (!user.hasRole(Role.ADMIN)) {
			throw new OutOfReachException();
		}
		details(code, user);
		if (result.hasErrors()) {
			redirect.addFlashAttribute("error", "catalogue.keywords.noteRequired");
			return "redirect:/admin/agencies/" + code;
		}
		try {
			if ("approve".equals(decision)) {
				agencies.approveKeywords(code, user.id(), form.version(), form.note());
				return done(redirect, code, "catalogue.keywords.approved");
			}
			agencies.rejectKeywords(code, user.id(), form.version(), form.note());
			return done(redirect, code, "catalogue.keywords.rejected");
		} catch (OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("error", "catalogue.conflict");
		} catch (InvalidAgencyException e) {
			redirect.addFlashAttribute("error", "catalogue.invalid." + e.messageCode());
		}
		return "redirect:/admin/agencies/" + code;
	}

	@PostMapping("/admin/agencies/{code}/active")
	String setActive(@PathVariable String code, @Valid @ModelAttribute("activeForm") ActiveForm form,
			BindingResult result, @AuthenticationPrincipal LaporUser user, Model model, RedirectAttributes redirect) {

		var details = details(code, user);
		if (!user.hasRole(Role.ADMIN) && details.agency().id() == user.requireAgencyId()) {
			result.reject("catalogue.ownAgency");
		}
		if (!result.hasErrors()) {
			agencies.setActive(code, user.id(), form.version(), Boolean.parseBoolean(form.active()), form.note());
			return done(redirect, code, "catalogue.saved");
		}
		return view(model, details, user);
	}

	@PostMapping("/admin/agencies/{code}/units")
	String addUnit(@PathVariable String code, @Valid @ModelAttribute("unitForm") NewAgencyForm form,
			BindingResult result, @AuthenticationPrincipal LaporUser user, Model model, RedirectAttributes redirect) {

		var parent = details(code, user);
		if (!user.hasRole(Role.ADMIN) && parent.agency().id() != user.requireAgencyId()) {
			result.reject("catalogue.unitsOfOwnAgency");
		}
		if (!result.hasErrors()) {
			try {
				var national = user.hasRole(Role.ADMIN);
				var keywords = AgencyForms.keywords(form.keywords());
				var unit = agencies.create(new NewAgency(form.code(), form.name(), form.shortName(),
						national && form.kind() != null && !form.kind().isBlank() ? form.kind() : "UNIT",
						parent.agency().level(), parent.agency().regionCode(), parent.agency().code(),
						national ? keywords : List.of()), user.id(), form.note());
				if (!national && !keywords.isEmpty()) {
					// A body administrator's keywords route only once the national administrator approved them.
					agencies.proposeKeywords(unit.code(), user.id(), keywords, form.note());
				}
				return done(redirect, unit.code(), "catalogue.created");
			} catch (InvalidAgencyException e) {
				result.rejectValue(e.field(), "catalogue.invalid." + e.messageCode());
			}
		}
		return view(model, parent, user);
	}

	@PostMapping("/admin/agencies/{code}/liaisons")
	String addLiaison(@PathVariable String code, @Valid @ModelAttribute("liaisonForm") LiaisonForm form,
			BindingResult result, @AuthenticationPrincipal LaporUser user, Model model, RedirectAttributes redirect) {

		var details = details(code, user);
		if (Boolean.TRUE.equals(form.agencyAdmin()) && !user.hasRole(Role.ADMIN)) {
			result.rejectValue("agencyAdmin", "catalogue.liaison.adminOnly");
		}
		if (!result.hasErrors()) {
			try {
				liaisons.add(details.agency().id(), user.id(), form.email(), form.password(), form.fullName(),
						Boolean.TRUE.equals(form.agencyAdmin()), form.note());
				return done(redirect, code, "catalogue.liaison.added");
			} catch (EmailAlreadyRegisteredException e) {
				result.rejectValue("email", "register.email.taken");
			}
		}
		return view(model, details, user);
	}

	@PostMapping("/admin/agencies/{code}/liaisons/{account}/disable")
	String disableLiaison(@PathVariable String code, @PathVariable UUID account,
			@RequestParam(defaultValue = "") String note, @AuthenticationPrincipal LaporUser user,
			RedirectAttributes redirect) {

		var details = details(code, user);
		try {
			liaisons.disable(details.agency().id(), user, account, note);
		} catch (DisableRefusedException e) {
			redirect.addFlashAttribute("error", e.messageCode());
			return "redirect:/admin/agencies/" + code;
		} catch (IllegalArgumentException e) {
			throw new OutOfReachException();
		}
		return done(redirect, code, "catalogue.liaison.disabled");
	}

	/** Somebody else changed the body first: the body as it is now, with what was typed. */
	@Override
	public String showAfterConflict(StaleForms.Submission submission, Model model) {
		var user = submission.user(LaporUser.class);
		var details = details(submission.pathVariable("code", String.class), user);
		StaleForms.refresh(model, details.version());
		return view(model, details, user);
	}

	private AgencyDetails details(String code, LaporUser user) {
		try {
			var details = agencies.details(code);
			var scope = scope(user);
			if (scope != null && !agencies.isWithin(details.agency().id(), scope)) {
				throw new OutOfReachException();
			}
			return details;
		} catch (UnknownAgencyException e) {
			throw new OutOfReachException();
		}
	}

	/** The body an administrator is limited to, {@code null} for the national administrator and supervisors. */
	private static @Nullable Long scope(LaporUser user) {
		return user.hasRole(Role.ADMIN) || user.hasRole(Role.SUPERVISOR) ? null : user.requireAgencyId();
	}

	private String view(Model model, AgencyDetails details, LaporUser user) {

		model.addAttribute("details", details);
		model.addAttribute("staff", accounts.findStaff(details.agency().id()));
		model.addAttribute("canAct", user.hasRole(Role.ADMIN) || user.isAgencyAdmin());
		model.addAttribute("isNationalAdmin", user.hasRole(Role.ADMIN));
		model.addAttribute("kinds", AgencyManagement.KINDS.stream().sorted().toList());
		if (!model.containsAttribute("describeForm")) {
			// A body administrator goes on from their proposal; the national administrator edits what routes.
			var keywords = !user.hasRole(Role.ADMIN) && details.hasPendingKeywords() ? details.pendingKeywords()
					: details.keywords();
			model.addAttribute("describeForm", new DescribeForm(details.agency().name(), details.agency().shortName(),
					String.join("\n", keywords), null, details.version()));
		}
		if (!model.containsAttribute("keywordReviewForm")) {
			model.addAttribute("keywordReviewForm", new KeywordReviewForm(null, details.version()));
		}
		if (!model.containsAttribute("activeForm")) {
			model.addAttribute("activeForm", new ActiveForm(Boolean.toString(!details.agency().active()), null,
					details.version()));
		}
		if (!model.containsAttribute("unitForm")) {
			model.addAttribute("unitForm", NewAgencyForm.empty());
		}
		if (!model.containsAttribute("liaisonForm")) {
			model.addAttribute("liaisonForm", LiaisonForm.empty());
		}
		return VIEW;
	}

	private static String done(RedirectAttributes redirect, String code, String message) {
		redirect.addFlashAttribute("message", message);
		return "redirect:/admin/agencies/" + code;
	}
}

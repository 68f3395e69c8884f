package id.lapor.triage.web;

import java.util.Locale;

import id.lapor.account.LaporUser;
import id.lapor.agency.UnknownAgencyException;
import id.lapor.report.ArchiveReason;
import id.lapor.report.FlagsLoosenedException;
import id.lapor.report.InvalidReportTransitionException;
import id.lapor.report.ReportDetails;
import id.lapor.report.ReportNotFoundException;
import id.lapor.report.DuplicateCandidates;
import id.lapor.report.ReportQueries;
import id.lapor.report.ReportVerification;
import id.lapor.report.TrackingNumber;
import id.lapor.routing.CategoryCatalogue;
import id.lapor.routing.UnknownCategoryException;
import id.lapor.system.StaleForms;
import id.lapor.triage.web.VerificationForms.ArchiveForm;
import id.lapor.triage.web.VerificationForms.FlagsForm;
import id.lapor.triage.web.VerificationForms.PostponeForm;
import id.lapor.triage.web.VerificationForms.VerifyForm;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The national administrator's verification queue (supervisors may look, not act): reports whose routing a person
 * must settle, oldest first, each with the router's suggestion. Every action needs a note and is recorded.
 */
@Controller
class AdminVerificationController implements StaleForms.Page {

	static final int PAGE_SIZE = 25;
	private static final String REPORT_VIEW = "triage/verification-report";

	private final ReportQueries queries;
	private final ReportVerification verification;
	private final CategoryCatalogue categories;
	private final DuplicateCandidates duplicates;

	AdminVerificationController(ReportQueries queries, ReportVerification verification, CategoryCatalogue categories,
			DuplicateCandidates duplicates) {
		this.duplicates = duplicates;
		this.queries = queries;
		this.verification = verification;
		this.categories = categories;
	}

	@GetMapping("/admin/verification")
	String showQueue(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		model.addAttribute("reports", queries.findVerificationQueue(PageRequest.of(Math.max(page, 0), PAGE_SIZE), locale));
		return "triage/verification";
	}

	/**
	 * @param duplicateOf a likely duplicate the administrator picked on this page: the archive form is filled in with
	 * it ("Duplikat" and its number), to be confirmed with a note
	 */
	@GetMapping("/admin/verification/{number}")
	String showReport(@PathVariable TrackingNumber number, @RequestParam(name = "duplikat", defaultValue = "")
			String duplicateOf, Model model, Locale locale) {
		var report = find(number, locale);
		if (!duplicateOf.isBlank() && TrackingNumber.parse(duplicateOf).isPresent()) {
			model.addAttribute("archiveForm", new ArchiveForm(ArchiveReason.DUPLICATE.name(),
					TrackingNumber.parse(duplicateOf).get().formatted(), null, report.version()));
		}
		return reportView(model, report, locale);
	}

	@PostMapping("/admin/verification/{number}/verify")
	String verify(@PathVariable TrackingNumber number, @Valid @ModelAttribute("verifyForm") VerifyForm form,
			BindingResult result, @AuthenticationPrincipal LaporUser admin, Model model, Locale locale,
			RedirectAttributes redirect) {

		return act(number, result, model, locale, redirect, "verification.verified", () -> {
			try {
				verification.verify(number, admin,
						form.version(), form.categoryCode(), form.targetCode(), form.note());
			} catch (UnknownCategoryException e) {
				result.rejectValue("categoryCode", "verification.category.unknown");
			} catch (UnknownAgencyException e) {
				result.rejectValue("targetCode", "verification.target.unknown");
			}
		});
	}

	@PostMapping("/admin/verification/{number}/postpone")
	String postpone(@PathVariable TrackingNumber number, @Valid @ModelAttribute("postponeForm") PostponeForm form,
			BindingResult result, @AuthenticationPrincipal LaporUser admin, Model model, Locale locale,
			RedirectAttributes redirect) {

		return act(number, result, model, locale, redirect, "verification.postponed",
				() -> verification.postpone(number, admin, form.version(), form.note()));
	}

	@PostMapping("/admin/verification/{number}/archive")
	String archive(@PathVariable TrackingNumber number, @Valid @ModelAttribute("archiveForm") ArchiveForm form,
			BindingResult result, @AuthenticationPrincipal LaporUser admin, Model model, Locale locale,
			RedirectAttributes redirect) {

		// A value that could not be bound (a version that is no number) leaves the other fields unvalidated.
		var reason = result.hasFieldErrors("reason") || form.reason() == null ? null : ArchiveReason.valueOf(form.reason());
		var duplicateOf = form.duplicateOf() == null || form.duplicateOf().isBlank() ? null
				: TrackingNumber.parse(form.duplicateOf()).orElse(null);
		if (reason == ArchiveReason.DUPLICATE && duplicateOf == null) {
			result.rejectValue("duplicateOf", "verification.duplicateOf.required");
		}
		if (reason != null && reason != ArchiveReason.DUPLICATE && form.duplicateOf() != null
				&& !form.duplicateOf().isBlank()) {
			result.rejectValue("duplicateOf", "verification.duplicateOf.onlyForDuplicates");
		}

		return act(number, result, model, locale, redirect, "verification.archived", () -> {
			try {
				verification.archive(number, admin,
						form.version(), reason, reason == ArchiveReason.DUPLICATE ? duplicateOf : null, form.note());
			} catch (ReportNotFoundException e) {
				result.rejectValue("duplicateOf", "verification.duplicateOf.unknown");
			} catch (IllegalArgumentException e) {
				result.rejectValue("duplicateOf", "verification.duplicateOf.self");
			}
		});
	}

	@PostMapping("/admin/reports/{number}/flags")
	String changeFlags(@PathVariable TrackingNumber number, @Valid @ModelAttribute("flagsForm") FlagsForm form,
			BindingResult result, @AuthenticationPrincipal LaporUser admin, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {

		if (result.getTarget() == null) {
			// Only a forged request sends a checkbox or the hidden version that cannot be bound.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unreadable flags form");
		}
		var report = find(number, locale);
		if (!result.hasErrors()) {
			try {
				verification.changeFlags(number, admin, form.version(), Boolean.TRUE.equals(form.anonymous()),
						Boolean.TRUE.equals(form.confidential()), form.note());
				redirect.addFlashAttribute("message", "verification.flagsChanged");
				return report.status().isInVerification() ? "redirect:/admin/verification/" + number.value()
						: "redirect:/admin/reports/" + number.value();
			} catch (FlagsLoosenedException e) {
				result.reject("verification.flags.onlyTighten");
				response.setStatus(HttpStatus.CONFLICT.value());
			}
		}
		return reportView(model, find(number, locale), locale);
	}

	/**
	 * Runs an action unless the form has errors. A concurrent change by another administrator is shown, not
	 * overwritten ({@link #showAfterConflict}).
	 */
	private String act(TrackingNumber number, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect, String successMessage, Runnable action) {

		find(number, locale);
		if (!result.hasErrors()) {
			try {
				action.run();
			} catch (InvalidReportTransitionException e) {
				result.reject("verification.notAllowed");
			}
			if (!result.hasErrors()) {
				redirect.addFlashAttribute("message", successMessage);
				return "redirect:/admin/verification";
			}
		}
		return reportView(model, find(number, locale), locale);
	}

	/** Another administrator acted first: the report as it is now, with what was typed. */
	@Override
	public String showAfterConflict(StaleForms.Submission submission, Model model) {
		var report = find(submission.pathVariable("number", TrackingNumber.class), submission.locale());
		StaleForms.refresh(model, report.version());
		return reportView(model, report, submission.locale());
	}

	private ReportDetails find(TrackingNumber number, Locale locale) {
		return queries.findForSupervision(number, locale).orElseThrow(ReportNotFoundException::new);
	}

	private String reportView(Model model, ReportDetails report, Locale locale) {

		model.addAttribute("report", report);
		var routing = report.routing();
		var suggested = routing != null && routing.suggested() != null ? routing.suggested().code()
				: report.agency() == null ? "" : report.agency().code();
		if (!model.containsAttribute("verifyForm")) {
			model.addAttribute("verifyForm", new VerifyForm(report.categoryCode(), suggested, null, report.version()));
		}
		if (!model.containsAttribute("postponeForm")) {
			model.addAttribute("postponeForm", new PostponeForm(null, report.version()));
		}
		if (!model.containsAttribute("archiveForm")) {
			model.addAttribute("archiveForm", new ArchiveForm(null, null, null, report.version()));
		}
		if (!model.containsAttribute("flagsForm")) {
			model.addAttribute("flagsForm", new FlagsForm(report.anonymous(), report.confidential(), null,
					report.version()));
		}
		model.addAttribute("categoryGroups", categories.groups(locale));
		model.addAttribute("archiveReasons", ArchiveReason.values());
		model.addAttribute("duplicates", duplicates.of(report, null, locale));
		return REPORT_VIEW;
	}
}

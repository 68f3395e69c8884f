package id.lapor.triage;

import java.util.Locale;

import id.lapor.account.LaporUser;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.report.InvalidReportTransitionException;
import id.lapor.report.ReportChangedException;
import id.lapor.report.ReportDetails;
import id.lapor.report.ReportManagement;
import id.lapor.report.ReportNotFoundException;
import id.lapor.report.ReportQueries;
import id.lapor.report.ReportStatus;
import id.lapor.report.StatusColour;
import id.lapor.report.TrackingNumber;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The liaison officer's inbox and the page where they answer a report. Reports of other bodies do not exist here:
 * every look-up is scoped to the officer's own body.
 */
@Controller
class LiaisonInboxController {

	static final int PAGE_SIZE = 25;
	private static final String REPORT_VIEW = "triage/report";

	private final ReportQueries queries;
	private final ReportManagement management;
	private final AgencyCatalogue agencies;

	LiaisonInboxController(ReportQueries queries, ReportManagement management, AgencyCatalogue agencies) {
		this.queries = queries;
		this.management = management;
		this.agencies = agencies;
	}

	@GetMapping("/liaison")
	String showInbox(@AuthenticationPrincipal LaporUser liaison, @RequestParam(defaultValue = "") String colour,
			@RequestParam(defaultValue = "oldest") String sort, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {

		var agencyId = liaison.requireAgencyId();
		var selectedColour = StatusColour.parse(colour).orElse(null);
		var newestFirst = "newest".equals(sort);
		var pageable = PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(newestFirst ? Sort.Direction.DESC : Sort.Direction.ASC, "submittedAt"));

		model.addAttribute("agency", agencies.findById(agencyId).orElseThrow());
		model.addAttribute("counts", queries.countByColour(agencyId));
		model.addAttribute("reports", queries.findAssignedTo(agencyId, selectedColour, pageable, locale));
		model.addAttribute("colour", selectedColour == null ? "" : selectedColour.key());
		model.addAttribute("sort", newestFirst ? "newest" : "oldest");
		return "triage/inbox";
	}

	@GetMapping("/liaison/reports/{number}")
	String showReport(@PathVariable String number, @AuthenticationPrincipal LaporUser liaison, Model model,
			Locale locale) {

		var report = find(number, liaison, locale);
		model.addAttribute("report", report);
		model.addAttribute("form", ResponseForm.forVersion(report.version()));
		return REPORT_VIEW;
	}

	@PostMapping("/liaison/reports/{number}/responses")
	String processResponseForm(@PathVariable String number, @Valid @ModelAttribute("form") ResponseForm form,
			BindingResult result, @AuthenticationPrincipal LaporUser liaison, Model model, Locale locale,
			RedirectAttributes redirect) {

		var report = find(number, liaison, locale);
		if (result.hasErrors()) {
			model.addAttribute("report", report);
			return REPORT_VIEW;
		}

		try {
			management.respond(report.trackingNumber(), liaison, form.version(), form.message(),
					ReportStatus.valueOf(form.status()));
		} catch (ReportChangedException | ObjectOptimisticLockingFailureException e) {
			// Show what changed, keep what the officer typed, and let them send it again on the new version.
			var current = find(number, liaison, locale);
			model.addAttribute("report", current);
			model.addAttribute("form", new ResponseForm(form.message(), form.status(), current.version()));
			model.addAttribute("conflict", true);
			return REPORT_VIEW;
		} catch (InvalidReportTransitionException e) {
			result.rejectValue("status", "triage.response.notAllowed");
			model.addAttribute("report", report);
			return REPORT_VIEW;
		}

		redirect.addFlashAttribute("message", "triage.response.sent");
		return "redirect:/liaison/reports/" + report.trackingNumber().value();
	}

	private ReportDetails find(String number, LaporUser liaison, Locale locale) {
		return TrackingNumber.parse(number)
				.flatMap(parsed -> queries.findForAgency(parsed, liaison.requireAgencyId(), locale))
				.orElseThrow(ReportNotFoundException::new);
	}
}

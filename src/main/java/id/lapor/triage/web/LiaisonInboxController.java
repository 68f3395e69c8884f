package id.lapor.triage.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import id.lapor.account.LaporUser;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.agency.UnknownAgencyException;
import id.lapor.notification.Deliveries;
import id.lapor.report.Attachments;
import id.lapor.report.DuplicateCandidates;
import id.lapor.report.ForwardKind;
import id.lapor.report.ForwardRefusedException;
import id.lapor.report.InvalidReportTransitionException;
import id.lapor.report.ReportDetails;
import id.lapor.report.ReportHandling.ForwardOutcome;
import id.lapor.report.ReportHandling;
import id.lapor.report.ReportNotFoundException;
import id.lapor.report.ReportOrder;
import id.lapor.report.ReportQueries;
import id.lapor.report.ReportStatus;
import id.lapor.report.Reprimands;
import id.lapor.report.ServiceClass;
import id.lapor.report.StatusColour;
import id.lapor.report.TrackingNumber;
import id.lapor.system.StaleForms;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The liaison officer's inbox and the page where they answer a report. Reports of other bodies do not exist here:
 * every look-up is scoped to the officer's own body.
 */
@Controller
class LiaisonInboxController implements StaleForms.Page {

	static final int PAGE_SIZE = 25;
	static final int LATEST_REPRIMANDS = 3;
	/** How long a supervisor's reprimand stays on top of the inbox. */
	static final Duration REPRIMANDS_SHOWN_FOR = Duration.ofDays(30);
	private static final String REPORT_VIEW = "triage/report";

	private final ReportQueries queries;
	private final ReportHandling handling;
	private final AgencyCatalogue agencies;
	private final Attachments attachments;
	private final Reprimands reprimands;
	private final Deliveries deliveries;
	private final DuplicateCandidates duplicates;
	private final Clock clock;

	LiaisonInboxController(ReportQueries queries, ReportHandling handling, AgencyCatalogue agencies,
			Attachments attachments, Reprimands reprimands, Deliveries deliveries, DuplicateCandidates duplicates,
			Clock clock) {
		this.duplicates = duplicates;
		this.attachments = attachments;
		this.deliveries = deliveries;
		this.reprimands = reprimands;
		this.clock = clock;
		this.queries = queries;
		this.handling = handling;
		this.agencies = agencies;
	}

	/** Inbox orders by their names in the URL: the nearest deadline first, the longest waiting, or the newest. */
	static final Map<String, ReportOrder> SORTS = Map.of("deadline", ReportOrder.DUE_FIRST, "oldest",
			ReportOrder.OLDEST, "newest", ReportOrder.NEWEST);

	@GetMapping("/liaison")
	String showInbox(@AuthenticationPrincipal LaporUser liaison, @RequestParam(defaultValue = "") String colour,
			@RequestParam(defaultValue = "deadline") String sort, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {

		var agencyId = liaison.requireAgencyId();
		var overdue = "overdue".equals(colour);
		var selectedColour = StatusColour.parse(colour).orElse(null);
		var selectedSort = SORTS.containsKey(sort) ? sort : "deadline";
		var order = SORTS.get(selectedSort);
		var pageable = PageRequest.of(Math.max(page, 0), PAGE_SIZE);

		model.addAttribute("agency", agencies.findById(agencyId).orElseThrow());
		var counts = queries.countByColour(agencyId);
		var overdueCount = queries.countOverdue(agencyId);
		model.addAttribute("counts", counts);
		model.addAttribute("overdueCount", overdueCount);
		model.addAttribute("reports", overdue
				? queries.findOverdueAssignedTo(agencyId, overdueCount, order, pageable, locale)
				: queries.findAssignedTo(agencyId, selectedColour, counts, order, pageable, locale));
		model.addAttribute("colour", overdue ? "overdue" : selectedColour == null ? "" : selectedColour.key());
		model.addAttribute("sort", selectedSort);
		var shownSince = clock.instant().minus(REPRIMANDS_SHOWN_FOR);
		model.addAttribute("reprimands", reprimands.latest(agencyId, LATEST_REPRIMANDS).stream()
				.filter(reprimand -> reprimand.sentAt().isAfter(shownSince)).toList());
		return "triage/inbox";
	}

	/** A file for the response being written; it joins the response when that is sent. */
	@PostMapping("/liaison/reports/{number}/attachments")
	String uploadForResponse(@PathVariable TrackingNumber number, @RequestParam("file") MultipartFile file,
			@RequestParam UUID uploadToken, @AuthenticationPrincipal LaporUser liaison, Model model,
			HttpServletResponse response) {

		assigned(number, liaison);
		var pending = attachments.uploadForForm(liaison, uploadToken, file);
		model.addAttribute("pendingAttachments", pending.files());
		model.addAttribute("attachmentError", pending.rejection());
		if (pending.limited()) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		}
		return "report/attachments :: pending";
	}

	/**
	 * Reports of the body's units (or bodies it supervises) that missed a deadline and were escalated to it.
	 */
	@GetMapping("/liaison/escalations")
	String showEscalations(@AuthenticationPrincipal LaporUser liaison, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {

		var agencyId = liaison.requireAgencyId();
		model.addAttribute("agency", agencies.findById(agencyId).orElseThrow());
		model.addAttribute("reports", queries.findEscalatedTo(agencyId,
				PageRequest.of(Math.max(page, 0), PAGE_SIZE), locale));
		return "triage/escalations";
	}

	@GetMapping("/liaison/escalations/{number}")
	String showEscalatedReport(@PathVariable TrackingNumber number, @AuthenticationPrincipal LaporUser liaison,
			Model model, Locale locale) {

		var report = queries.findEscalated(number, liaison.requireAgencyId(), locale)
				.orElseThrow(ReportNotFoundException::new);
		model.addAttribute("report", report);
		model.addAttribute("backUrl", "/liaison/escalations");
		return "monitoring/report";
	}

	/** A note for the other staff; the reporter and the public never see it. */
	@PostMapping("/liaison/reports/{number}/notes")
	String processNoteForm(@PathVariable TrackingNumber number, @RequestParam(defaultValue = "") String note,
			@AuthenticationPrincipal LaporUser liaison, RedirectAttributes redirect) {

		assigned(number, liaison);
		if (note.isBlank() || note.length() > 5000) {
			redirect.addFlashAttribute("error", "triage.note.invalid");
		} else {
			handling.addNote(number, liaison, note);
			redirect.addFlashAttribute("message", "triage.note.saved");
		}
		return "redirect:/liaison/reports/" + number.value();
	}

	/** The officer sets how much work the report takes; the resolution deadline follows. */
	@PostMapping("/liaison/reports/{number}/class")
	String processClassForm(@PathVariable TrackingNumber number, @RequestParam String serviceClass,
			@RequestParam long version, @AuthenticationPrincipal LaporUser liaison, RedirectAttributes redirect) {

		assigned(number, liaison);
		var parsed = Arrays.stream(ServiceClass.values()).filter(value -> value.name().equals(serviceClass))
				.findFirst();
		if (parsed.isEmpty()) {
			redirect.addFlashAttribute("error", "triage.class.invalid");
		} else {
			try {
				handling.classify(number, liaison, version, parsed.get());
				redirect.addFlashAttribute("message", "triage.class.saved");
			} catch (OptimisticLockingFailureException e) {
				redirect.addFlashAttribute("error", "triage.class.conflict");
			} catch (InvalidReportTransitionException e) {
				redirect.addFlashAttribute("error", "triage.class.notAllowed");
			}
		}
		return "redirect:/liaison/reports/" + number.value();
	}

	@GetMapping("/liaison/reports/{number}")
	String showReport(@PathVariable TrackingNumber number, @AuthenticationPrincipal LaporUser liaison, Model model,
			Locale locale) {

		var report = find(number, liaison, locale);
		model.addAttribute("form", ResponseForm.forVersion(report.version()));
		return reportView(model, report, liaison);
	}

	@PostMapping("/liaison/reports/{number}/responses")
	String processResponseForm(@PathVariable TrackingNumber number, @Valid @ModelAttribute("form") ResponseForm form,
			BindingResult result, @AuthenticationPrincipal LaporUser liaison, Model model, Locale locale,
			RedirectAttributes redirect) {

		assigned(number, liaison);
		if (!result.hasFieldErrors("outcome") && form.completesWithoutOutcome()) {
			result.rejectValue("outcome", "triage.response.outcomeRequired");
		}
		TrackingNumber duplicateOf = null;
		if (!result.hasFieldErrors("outcome") && !result.hasFieldErrors("duplicateOf") && form.namesDuplicate()) {
			duplicateOf = TrackingNumber.parse(form.duplicateOf()).filter(other -> !other.equals(number))
					.filter(queries::exists).orElse(null);
			if (duplicateOf == null) {
				result.rejectValue("duplicateOf", "triage.response.duplicateOf.unknown");
			}
		}
		if (result.hasErrors()) {
			return reportView(model, find(number, liaison, locale), liaison);
		}

		try {
			handling.respond(number, liaison, form.version(), form.message(),
					ReportStatus.valueOf(form.status()), form.parsedOutcome(), form.token(), duplicateOf);
		} catch (InvalidReportTransitionException e) {
			result.rejectValue("status", "triage.response.notAllowed");
			return reportView(model, find(number, liaison, locale), liaison);
		}

		redirect.addFlashAttribute("message", "triage.response.sent");
		return "redirect:/liaison/reports/" + number.value();
	}

	/**
	 * The officer passes the report on. Afterwards it is no longer theirs, so the officer returns to the inbox.
	 */
	@PostMapping("/liaison/reports/{number}/forward")
	String processForwardForm(@PathVariable TrackingNumber number,
			@Valid @ModelAttribute("forwardForm") ForwardForm form, BindingResult result,
			@AuthenticationPrincipal LaporUser liaison, Model model, Locale locale, RedirectAttributes redirect) {

		assigned(number, liaison);
		if (!result.hasErrors()) {
			try {
				var outcome = handling.forward(number, liaison, form.version(), form.targetCode(),
						ForwardKind.valueOf(form.kind()), form.reason());
				redirect.addFlashAttribute("message", outcome == ForwardOutcome.FORWARDED ? "triage.forward.sent"
						: "triage.forward.queued");
				return "redirect:/liaison";
			} catch (UnknownAgencyException e) {
				result.rejectValue("targetCode", "triage.forward.unknownTarget");
			} catch (ForwardRefusedException e) {
				result.rejectValue("targetCode", "DISPOSITION".equals(form.kind()) ? "triage.forward.notOwnUnit"
						: "triage.forward.refused");
			} catch (InvalidReportTransitionException e) {
				result.reject("triage.forward.notAllowed");
			}
		}
		return reportView(model, find(number, liaison, locale), liaison);
	}

	/** Another officer changed the report first: show what changed, keep what this one typed, to send again. */
	@Override
	public String showAfterConflict(StaleForms.Submission submission, Model model) {
		var liaison = submission.user(LaporUser.class);
		var report = find(submission.pathVariable("number", TrackingNumber.class), liaison, submission.locale());
		StaleForms.refresh(model, report.version());
		return reportView(model, report, liaison);
	}

	private String reportView(Model model, ReportDetails report, LaporUser liaison) {

		model.addAttribute("report", report);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ResponseForm.forVersion(report.version()));
		}
		if (!model.containsAttribute("forwardForm")) {
			model.addAttribute("forwardForm", ForwardForm.forVersion(report.version()));
		}
		model.addAttribute("units", agencies.findChildren(liaison.requireAgencyId()));
		model.addAttribute("serviceClasses", ServiceClass.values());
		model.addAttribute("deliveries", deliveries.ofReport(report.trackingNumber()));
		model.addAttribute("outcomes", id.lapor.report.Outcome.values());
		model.addAttribute("duplicates", duplicates.of(report, List.of(liaison.requireAgencyId()),
				LocaleContextHolder.getLocale()));
		var form = (ResponseForm) model.getAttribute("form");
		var token = form == null ? null : form.token();
		model.addAttribute("pendingAttachments", token == null ? List.of() : attachments.pending(liaison.id(), token));
		return REPORT_VIEW;
	}

	/** Whether the liaison's body handles the report; else the report does not exist for them. */
	private void assigned(TrackingNumber number, LaporUser liaison) {
		if (!queries.isAssignedTo(number, liaison.requireAgencyId())) {
			throw new ReportNotFoundException();
		}
	}

	private ReportDetails find(TrackingNumber number, LaporUser liaison, Locale locale) {
		return queries.findForAgency(number, liaison.requireAgencyId(), locale)
				.orElseThrow(ReportNotFoundException::new);
	}
}

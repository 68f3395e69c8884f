package id.lapor.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import id.lapor.account.AccountRegistration;
import id.lapor.account.LaporUser;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.agency.AgencySummary;
import id.lapor.agency.RegionDirectory;
import id.lapor.agency.RegionSummary;
import id.lapor.report.AttachmentView;
import id.lapor.report.Attachments;
import id.lapor.report.Classification;
import id.lapor.report.InvalidReportTransitionException;
import id.lapor.report.PublicTimeline;
import id.lapor.report.ReportNotFoundException;
import id.lapor.report.ReportQueries;
import id.lapor.report.ReportSubmission;
import id.lapor.report.ReporterConversation;
import id.lapor.report.TrackingNumber;
import id.lapor.routing.CategoryCatalogue;
import id.lapor.routing.RoutingDecision;
import id.lapor.routing.RoutingRequest;
import id.lapor.routing.RoutingService;
import id.lapor.routing.UnknownCategoryException;
import id.lapor.routing.UnknownRegionException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * The citizen's pages: send a report, see it, list "Laporan saya".
 */
@Controller
class CitizenReportController {

	static final int PAGE_SIZE = 20;
	static final int MAX_MESSAGE = 5000;
	static final int MAX_COMMENT = 1000;
	/** Fewer characters than this say too little to guess a destination from. */
	static final int PREVIEW_MINIMUM_TEXT = 15;
	static final int SIMILAR_SHOWN = 5;
	private static final String FORM_VIEW = "report/new";
	/** Eastern Indonesian Time starts each day first: a date still in the future there is in the future everywhere. */
	private static final ZoneId LATEST_ZONE = ZoneId.of("Asia/Jayapura");

	private final ReportSubmission submission;
	private final ReporterConversation conversation;
	private final ReportQueries queries;
	private final RegionDirectory regions;
	private final CategoryCatalogue categories;
	private final AgencyCatalogue agencies;
	private final RoutingService routing;
	private final Attachments attachments;
	private final AccountRegistration registration;
	private final PublicTimeline timeline;
	private final Clock clock;

	CitizenReportController(ReportSubmission submission, ReporterConversation conversation, ReportQueries queries,
			RegionDirectory regions, CategoryCatalogue categories, AgencyCatalogue agencies, RoutingService routing,
			Attachments attachments, AccountRegistration registration, PublicTimeline timeline, Clock clock) {
		this.timeline = timeline;
		this.attachments = attachments;
		this.registration = registration;
		this.submission = submission;
		this.conversation = conversation;
		this.agencies = agencies;
		this.routing = routing;
		this.queries = queries;
		this.regions = regions;
		this.categories = categories;
		this.clock = clock;
	}

	@GetMapping("/reports/new")
	String showReportForm(@AuthenticationPrincipal LaporUser citizen, Model model, Locale locale) {
		var form = ReportForm.empty();
		model.addAttribute("form", form);
		model.addAttribute("emailUnverified", !registration.isEmailVerified(citizen.id()));
		// The token was made just now: nothing can have been uploaded with it.
		return formView(model, form, List.of(), locale);
	}

	/**
	 * Without JavaScript the regency list cannot follow the province by itself: "Tampilkan kabupaten/kota" sends the form
	 * here, and it comes back with the province's regencies and everything typed so far (a chosen file is kept too).
	 */
	@PostMapping(path = "/reports/new", params = "chooseProvince")
	String chooseProvince(@ModelAttribute("form") ReportForm form, BindingResult result,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@AuthenticationPrincipal LaporUser citizen, Model model, Locale locale) {

		if (result.hasFieldErrors("submissionToken")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Invalid submission token");
		}
		model.addAttribute("emailUnverified", !registration.isEmailVerified(citizen.id()));
		uploadWithForm(citizen, form, file).ifPresent(rejection -> model.addAttribute("attachmentError", rejection));
		return formView(model, form, pending(citizen, form), locale);
	}

	@PostMapping("/reports/new")
	String processReportForm(@Valid @ModelAttribute("form") ReportForm form, BindingResult result,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@AuthenticationPrincipal LaporUser citizen, Model model, Locale locale, RedirectAttributes redirect) {

		if (result.hasFieldErrors("submissionToken")) {
			// The page always sends a fresh token in a hidden field: anything else is a forged request, not a typo.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Invalid submission token");
		}
		// A file sent with the form itself (a browser without JavaScript; with it, files go up as soon as they are
		// chosen): refused, the form comes back with the reason and is not sent.
		var rejection = uploadWithForm(citizen, form, file);
		if (rejection.isPresent()) {
			model.addAttribute("attachmentError", rejection.get());
			return formView(model, form, pending(citizen, form), locale);
		}
		if (result.getTarget() == null) {
			// A value that could not be bound (a checkbox that is no boolean) leaves the result without its form,
			// which the page cannot show: the form comes back with that error on what was bound.
			model.addAttribute("form", form);
			var errors = new BeanPropertyBindingResult(form, "form");
			result.getFieldErrors().forEach(error -> errors.addError(new FieldError("form", error.getField(),
					error.getRejectedValue(), true, error.getCodes(), error.getArguments(), error.getDefaultMessage())));
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
			return formView(model, form, pending(citizen, form), locale);
		}
		if (!result.hasFieldErrors("incidentDate") && form.hasIncidentDate()) {
			var date = form.parsedIncidentDate();
			if (date == null) {
				result.rejectValue("incidentDate", "report.incidentDate.invalid");
			} else if (date.isAfter(LocalDate.now(clock.withZone(LATEST_ZONE)))) {
				result.rejectValue("incidentDate", "report.incidentDate.future");
			}
		}
		if (!result.hasFieldErrors("regionCode") && regions.find(form.regionCode()).isEmpty()) {
			result.rejectValue("regionCode", "report.region.unknown");
		}
		if (!result.hasFieldErrors("categoryCode") && form.hasCategory() && !categories.isSelectable(form.categoryCode())) {
			result.rejectValue("categoryCode", "report.category.unknown");
		}
		if (!result.hasFieldErrors("targetCode") && form.hasTarget()
				&& agencies.findByCode(form.targetCode()).filter(AgencySummary::active).isEmpty()) {
			result.rejectValue("targetCode", "report.target.unknown");
		}
		if (!registration.isEmailVerified(citizen.id())) {
			// Only a verified address may file: otherwise mail about the report could go to somebody else.
			result.reject("report.email.unverified");
		}
		if (result.hasErrors()) {
			return formView(model, form, pending(citizen, form), locale);
		}

		TrackingNumber number;
		try {
			number = submission.submit(form.toContent(), citizen.id(), form.token());
		} catch (UnknownRegionException | UnknownCategoryException e) {
			result.reject("report.routing.failed");
			return formView(model, form, pending(citizen, form), locale);
		} catch (DataIntegrityViolationException e) {
			// The same form arrived twice at the same moment; the first one won.
			number = submission.findSubmission(citizen.id(), form.token()).orElseThrow(() -> e);
		}

		redirect.addFlashAttribute("message", "report.submitted");
		return "redirect:/reports/" + number.value();
	}

	/**
	 * "Laporan Anda akan diteruskan ke: ...": where the report would go, refreshed while the citizen types (htmx).
	 */
	@GetMapping("/reports/new/preview")
	String previewRouting(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "") String regionCode, @RequestParam(defaultValue = "") String categoryCode,
			@RequestParam(defaultValue = "") String targetCode, Model model, Locale locale) {

		model.addAttribute("targetCode", targetCode);
		preview(title, body, regionCode, categoryCode, locale).ifPresent(preview -> model.addAttribute("preview", preview));
		return "report/preview :: preview";
	}

	/**
	 * "Mungkin sudah ada yang melaporkan": open public reports in the same regency/city that share words with the one
	 * being written, refreshed while the citizen types (htmx); supporting one may be better than a second report.
	 */
	@GetMapping("/reports/new/similar")
	String similarReports(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "") String regionCode, Model model, Locale locale) {

		model.addAttribute("similar", similar(title, body, regionCode, locale));
		return "report/similar :: similar";
	}

	private List<PublicTimeline.Entry> similar(@Nullable String title, @Nullable String body, @Nullable String regionCode,
			Locale locale) {
		if (regionCode == null || regions.find(regionCode).isEmpty()) {
			return List.of();
		}
		var text = Objects.toString(title, "") + " " + Objects.toString(body, "");
		return timeline.similar(text.length() > 2000 ? text.substring(0, 2000) : text, regionCode, SIMILAR_SHOWN, locale);
	}

	private Optional<RoutingDecision> preview(@Nullable String title, @Nullable String body, @Nullable String regionCode,
			@Nullable String categoryCode, Locale locale) {

		var text = (Objects.toString(title, "") + " " + Objects.toString(body, "")).strip();
		var category = categoryCode == null || categoryCode.isBlank() ? null : categoryCode;
		if (regionCode == null || regionCode.isBlank() || text.length() < PREVIEW_MINIMUM_TEXT && category == null
				|| regions.find(regionCode).isEmpty() || category != null && !categories.isSelectable(category)) {
			return Optional.empty();
		}
		return Optional.of(routing.decide(new RoutingRequest(Objects.toString(title, ""), Objects.toString(body, ""),
				regionCode, category, null), locale));
	}

	@GetMapping("/reports/mine")
	String showMyReports(@AuthenticationPrincipal LaporUser citizen, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {

		var pageable = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		model.addAttribute("reports", queries.findSubmittedBy(citizen.id(), pageable, locale));
		return "report/mine";
	}

	@GetMapping("/reports/{number}")
	String showReport(@PathVariable TrackingNumber number, @AuthenticationPrincipal LaporUser viewer, Model model,
			Locale locale) {

		var report = queries.findForReporter(number, viewer.id(), locale).orElseThrow(ReportNotFoundException::new);
		model.addAttribute("report", report);
		// A reply that came back with an error keeps its uploads; a new token has none yet.
		if (model.getAttribute("uploadToken") instanceof String earlier) {
			model.addAttribute("pendingAttachments", attachments.pending(viewer.id(), UUID.fromString(earlier)));
		} else {
			model.addAttribute("uploadToken", UUID.randomUUID().toString());
			model.addAttribute("pendingAttachments", List.of());
		}
		return "report/show";
	}

	@PostMapping("/reports/{number}/replies")
	String reply(@PathVariable TrackingNumber number, @RequestParam(defaultValue = "") String message,
			@RequestParam(required = false) @Nullable UUID uploadToken,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@AuthenticationPrincipal LaporUser reporter, Locale locale, RedirectAttributes redirect) {

		// A file sent with the reply itself (a browser without JavaScript) joins the files waiting for it.
		String rejection = null;
		if (file != null && !file.isEmpty() && uploadToken != null) {
			queries.findForReporter(number, reporter.id(), locale).orElseThrow(ReportNotFoundException::new);
			rejection = attachments.uploadForForm(reporter, uploadToken, file).rejection();
		}
		if (rejection != null || message.isBlank() || message.length() > MAX_MESSAGE) {
			redirect.addFlashAttribute("replyError", rejection != null ? rejection
					: message.isBlank() ? "conversation.reply.empty" : "conversation.tooLong");
			redirect.addFlashAttribute("replyText", message);
			if (uploadToken != null) {
				redirect.addFlashAttribute("uploadToken", uploadToken.toString());
			}
			return "redirect:/reports/" + number.value();
		}
		return act(number, redirect, "conversation.reply.sent",
				() -> conversation.reply(number, reporter, message, uploadToken));
	}

	/** A file for the reply being written; it joins the reply when that is sent. */
	@PostMapping("/reports/{number}/attachments")
	String uploadForReply(@PathVariable TrackingNumber number, @RequestParam("file") MultipartFile file,
			@RequestParam UUID uploadToken, @AuthenticationPrincipal LaporUser reporter, Model model, Locale locale,
			HttpServletResponse response) {

		queries.findForReporter(number, reporter.id(), locale).orElseThrow(ReportNotFoundException::new);
		return AttachmentController.pendingView(attachments.uploadForForm(reporter, uploadToken, file), model,
				response);
	}

	@PostMapping("/reports/{number}/confirm")
	String confirm(@PathVariable TrackingNumber number, @AuthenticationPrincipal LaporUser reporter,
			RedirectAttributes redirect) {
		return act(number, redirect, "outcome.confirmed", () -> conversation.confirm(number, reporter));
	}

	@PostMapping("/reports/{number}/rating")
	String rate(@PathVariable TrackingNumber number, @RequestParam(defaultValue = "0") int stars,
			@RequestParam(defaultValue = "") String comment, @AuthenticationPrincipal LaporUser reporter,
			RedirectAttributes redirect) {

		if (stars < 1 || stars > 5 || comment.length() > MAX_COMMENT) {
			redirect.addFlashAttribute("outcomeError", "outcome.rating.invalid");
			return "redirect:/reports/" + number.value();
		}
		return act(number, redirect, "outcome.rated", () -> conversation.rate(number, reporter, stars, comment));
	}

	@PostMapping("/reports/{number}/reopen")
	String reopen(@PathVariable TrackingNumber number, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal LaporUser reporter, RedirectAttributes redirect) {

		if (reason.isBlank()) {
			redirect.addFlashAttribute("outcomeError", "outcome.reopen.reasonRequired");
			return "redirect:/reports/" + number.value();
		}
		return act(number, redirect, "outcome.reopened", () -> conversation.reopen(number, reporter, reason));
	}

	/** Runs a reporter's action; one the report's state does not allow is explained, not an error page. */
	private String act(TrackingNumber number, RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", success);
		} catch (InvalidReportTransitionException | OptimisticLockingFailureException e) {
			redirect.addFlashAttribute("outcomeError", "outcome.notAllowed");
		}
		return "redirect:/reports/" + number.value();
	}

	/** Keeps a file that came with the form for it; the reason (a message code) when it was refused. */
	private Optional<String> uploadWithForm(LaporUser citizen, ReportForm form, @Nullable MultipartFile file) {
		if (file == null || file.isEmpty() || !form.hasValidToken()) {
			return Optional.empty();
		}
		return Optional.ofNullable(attachments.uploadForForm(citizen, form.token(), file).rejection());
	}

	private List<AttachmentView> pending(@Nullable LaporUser citizen, ReportForm form) {
		return citizen == null || !form.hasValidToken() ? List.of() : attachments.pending(citizen.id(), form.token());
	}

	private String formView(Model model, ReportForm form, List<AttachmentView> pendingAttachments, Locale locale) {

		var provinceCode = form.provinceCode();
		model.addAttribute("targetCode", Objects.toString(form.targetCode(), ""));
		model.addAttribute("pendingAttachments", pendingAttachments);
		preview(form.title(), form.body(), form.regionCode(), form.categoryCode(), locale)
				.ifPresent(preview -> model.addAttribute("preview", preview));
		model.addAttribute("similar", similar(form.title(), form.body(), form.regionCode(), locale));

		List<RegionSummary> regencies = provinceCode == null || provinceCode.isBlank() ? List.of()
				: regions.regenciesOf(provinceCode);
		model.addAttribute("classifications", Classification.values());
		model.addAttribute("provinces", regions.provinces());
		model.addAttribute("regencies", regencies);
		model.addAttribute("provinceCode", provinceCode == null ? "" : provinceCode);
		model.addAttribute("categoryGroups", categories.groups(locale));
		return FORM_VIEW;
	}
}

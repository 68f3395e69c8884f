package id.lapor.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import id.lapor.account.LaporUser;
import id.lapor.agency.RegionDirectory;
import id.lapor.agency.RegionSummary;
import id.lapor.report.Classification;
import id.lapor.report.ReportManagement;
import id.lapor.report.ReportNotFoundException;
import id.lapor.report.ReportQueries;
import id.lapor.report.TrackingNumber;
import id.lapor.routing.CategoryCatalogue;
import id.lapor.routing.UnknownCategoryException;
import id.lapor.routing.UnknownRegionException;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
 * The citizen's pages: send a report, see it, list "Laporan saya".
 */
@Controller
class CitizenReportController {

	static final int PAGE_SIZE = 20;
	private static final String FORM_VIEW = "report/new";
	/** Eastern Indonesian Time starts each day first: a date still in the future there is in the future everywhere. */
	private static final ZoneId LATEST_ZONE = ZoneId.of("Asia/Jayapura");

	private final ReportManagement management;
	private final ReportQueries queries;
	private final RegionDirectory regions;
	private final CategoryCatalogue categories;
	private final Clock clock;

	CitizenReportController(ReportManagement management, ReportQueries queries, RegionDirectory regions,
			CategoryCatalogue categories, Clock clock) {
		this.management = management;
		this.queries = queries;
		this.regions = regions;
		this.categories = categories;
		this.clock = clock;
	}

	@GetMapping("/reports/new")
	String showReportForm(Model model, Locale locale) {
		model.addAttribute("form", ReportForm.empty());
		return formView(model, null, locale);
	}

	@PostMapping("/reports/new")
	String processReportForm(@Valid @ModelAttribute("form") ReportForm form, BindingResult result,
			@AuthenticationPrincipal LaporUser citizen, Model model, Locale locale, RedirectAttributes redirect) {

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
		if (!result.hasFieldErrors("categoryCode") && !categories.isSelectable(form.categoryCode())) {
			result.rejectValue("categoryCode", "report.category.unknown");
		}
		if (result.hasErrors()) {
			return formView(model, form.provinceCode(), locale);
		}

		TrackingNumber number;
		try {
			number = management.submit(form.toContent(), citizen.id(), form.token());
		} catch (UnknownRegionException | UnknownCategoryException e) {
			result.reject("report.routing.failed");
			return formView(model, form.provinceCode(), locale);
		} catch (DataIntegrityViolationException e) {
			// The same form arrived twice at the same moment; the first one won.
			number = management.findSubmission(citizen.id(), form.token()).orElseThrow(() -> e);
		}

		redirect.addFlashAttribute("message", "report.submitted");
		return "redirect:/reports/" + number.value();
	}

	@GetMapping("/reports/mine")
	String showMyReports(@AuthenticationPrincipal LaporUser citizen, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {

		var pageable = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by(Sort.Direction.DESC, "submittedAt"));
		model.addAttribute("reports", queries.findSubmittedBy(citizen.id(), pageable, locale));
		return "report/mine";
	}

	@GetMapping("/reports/{number}")
	String showReport(@PathVariable String number, @AuthenticationPrincipal LaporUser viewer, Model model,
			Locale locale) {

		var report = TrackingNumber.parse(number)
				.flatMap(parsed -> queries.findForReporter(parsed, viewer.id(), locale))
				.orElseThrow(ReportNotFoundException::new);
		model.addAttribute("report", report);
		return "report/show";
	}

	private String formView(Model model, @Nullable String provinceCode, Locale locale) {

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

package id.lapor.programme.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import id.lapor.account.LaporUser;
import id.lapor.programme.PriorityProgrammes;
import id.lapor.programme.Programme;
import id.lapor.programme.ProgrammeChangedException;
import id.lapor.programme.ProgrammeCodeTakenException;
import id.lapor.programme.ProgrammeNotFoundException;
import id.lapor.programme.ProgrammeValues;
import id.lapor.programme.UnknownTaggedReportException;
import id.lapor.report.TrackingNumber;
import id.lapor.routing.CategoryCatalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/programmes}: the national administrator keeps the list of national priority programmes; supervisors
 * may look. Tags are set and removed by hand from the report page of the monitoring drill-down.
 */
@Controller
class AdminProgrammeController {

	/** The programme form; keywords are separated by commas, semicolons or new lines. */
	record ProgrammeForm(
			@NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,63}$") @Nullable String code,
			@NotBlank @Size(max = 200) @Nullable String name,
			@Size(max = 2000) @Nullable String description,
			@Size(max = 4000) @Nullable String keywords,
			@Nullable List<String> categoryCodes,
			@Nullable Boolean active,
			@Nullable Long version) {

		ProgrammeValues values() {
			return new ProgrammeValues(java.util.Objects.requireNonNull(code), java.util.Objects.requireNonNull(name),
					description == null ? "" : description.strip(),
					keywords == null ? List.of() : Arrays.asList(keywords.split("[,;\\n]")),
					categoryCodes == null ? List.of() : categoryCodes, Boolean.TRUE.equals(active));
		}

		static ProgrammeForm of(Programme programme) {
			return new ProgrammeForm(programme.code(), programme.name(), programme.description(),
					String.join(", ", programme.keywords()), programme.categoryCodes(), programme.active(),
					programme.version());
		}
	}

	private final PriorityProgrammes programmes;
	private final CategoryCatalogue categories;

	AdminProgrammeController(PriorityProgrammes programmes, CategoryCatalogue categories) {
		this.programmes = programmes;
		this.categories = categories;
	}

	@GetMapping("/admin/programmes")
	String list(Model model, Locale locale) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ProgrammeForm(null, null, null, null, List.of(), true, 0L));
		}
		return view(model, locale, null);
	}

	@GetMapping("/admin/programmes/{code}")
	String edit(@PathVariable String code, Model model, Locale locale) {
		var programme = programmes.findByCode(code).orElseThrow(ProgrammeNotFoundException::new);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ProgrammeForm.of(programme));
		}
		return view(model, locale, programme);
	}

	@PostMapping("/admin/programmes")
	String create(@Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result,
			@AuthenticationPrincipal LaporUser admin, Model model, Locale locale, RedirectAttributes redirect) {
		validateCategories(form, result, locale);
		if (!result.hasErrors()) {
			try {
				var created = programmes.create(form.values(), admin.id());
				redirect.addFlashAttribute("message", "programme.saved");
				return "redirect:/admin/programmes/" + created.code();
			} catch (ProgrammeCodeTakenException e) {
				result.rejectValue("code", "programme.code.taken");
			}
		}
		return view(model, locale, null);
	}

	@PostMapping("/admin/programmes/{code}")
	String update(@PathVariable String code, @Valid @ModelAttribute("form") ProgrammeForm form, BindingResult result,
			@AuthenticationPrincipal LaporUser admin, Model model, Locale locale, RedirectAttributes redirect) {
		var programme = programmes.findByCode(code).orElseThrow(ProgrammeNotFoundException::new);
		validateCategories(form, result, locale);
		if (!result.hasErrors()) {
			try {
				// The code names the programme in URLs and exports; it does not change.
				programmes.update(code, form.version() == null ? -1 : form.version(), new ProgrammeForm(code, form.name(), form.description(),
						form.keywords(), form.categoryCodes(), form.active(), form.version()).values(), admin.id());
				redirect.addFlashAttribute("message", "programme.saved");
				return "redirect:/admin/programmes/" + code;
			} catch (ProgrammeChangedException e) {
				// Keep what was typed, show what is stored now; saving again then overwrites knowingly.
				var stored = programmes.findByCode(code).orElseThrow();
				var typed = new ProgrammeForm(code, form.name(), form.description(), form.keywords(),
						form.categoryCodes(), form.active(), stored.version());
				var errors = new BeanPropertyBindingResult(typed, "form");
				errors.reject("programme.changed");
				model.addAttribute("form", typed);
				model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
				model.addAttribute("current", stored);
				return view(model, locale, stored);
			}
		}
		return view(model, locale, programme);
	}

	/** Tags a report by hand, from the monitoring report page. */
	@PostMapping("/admin/programmes/tags")
	String tag(@RequestParam String number, @RequestParam String programme, @RequestParam(defaultValue = "add") String action,
			@AuthenticationPrincipal LaporUser admin, RedirectAttributes redirect) {
		var parsed = TrackingNumber.parse(number).orElseThrow(UnknownTaggedReportException::new).value();
		if ("remove".equals(action)) {
			programmes.untag(parsed, programme, admin.id());
		} else {
			programmes.tag(parsed, programme, admin.id());
		}
		redirect.addFlashAttribute("message", "programme.tags.saved");
		return "redirect:/monitoring/reports/" + parsed;
	}

	private void validateCategories(ProgrammeForm form, BindingResult result, Locale locale) {
		if (result.getTarget() == null) {
			// Only a forged request sends a checkbox or the hidden version that cannot be bound.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unreadable programme form");
		}
		if (form.categoryCodes() != null && form.categoryCodes().stream()
				.anyMatch(code -> categories.find(code, locale).isEmpty())) {
			result.rejectValue("categoryCodes", "programme.categories.invalid");
		}
		if ((form.keywords() == null || form.keywords().isBlank())
				&& (form.categoryCodes() == null || form.categoryCodes().isEmpty())) {
			result.rejectValue("keywords", "programme.keywords.required");
		}
	}

	private String view(Model model, Locale locale, @Nullable Programme programme) {
		model.addAttribute("programmes", programmes.all());
		model.addAttribute("reportCounts", programmes.reportCounts());
		model.addAttribute("programme", programme);
		model.addAttribute("categoryGroups", categories.groups(locale));
		return "programme/programmes";
	}
}

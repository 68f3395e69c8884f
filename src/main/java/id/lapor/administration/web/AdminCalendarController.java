package id.lapor.administration.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;

import id.lapor.account.LaporUser;
import id.lapor.calendar.HolidayExistsException;
import id.lapor.calendar.HolidayKind;
import id.lapor.calendar.IndonesianTimeZones;
import id.lapor.calendar.WorkingDayCalendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
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
 * The working-day calendar: the national administrator adds each year's joint-leave days (cuti bersama) and
 * corrects holiday dates as the SKB 3 Menteri sets them. Deadlines computed afterwards use the new calendar.
 */
@Controller
class AdminCalendarController {

	record HolidayForm(
			@NotBlank @Pattern(regexp = "^\\d{4}-\\d{2}-\\d{2}$") @Nullable String date,
			@NotBlank @Size(max = 150) @Nullable String nameId,
			@NotBlank @Size(max = 150) @Nullable String nameEn,
			@NotBlank @Pattern(regexp = "PUBLIC|JOINT_LEAVE") @Nullable String kind,
			@NotBlank @Size(max = 1000) @Nullable String note) {
	}

	/** The years a holiday can have: four digits, as the form's pattern asks. */
	static final int FIRST_YEAR = 1000;
	static final int LAST_YEAR = 9999;

	private final WorkingDayCalendar calendar;
	private final Clock clock;

	AdminCalendarController(WorkingDayCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping("/admin/calendar")
	String show(@RequestParam(required = false) @Nullable Integer year, Model model) {
		return view(model, year == null ? Year.now(clock.withZone(IndonesianTimeZones.WIB)).getValue() : year);
	}

	@PostMapping("/admin/calendar")
	String add(@Valid @ModelAttribute("form") HolidayForm form, BindingResult result,
			@AuthenticationPrincipal LaporUser admin, Model model, RedirectAttributes redirect) {

		LocalDate date = null;
		if (!result.hasFieldErrors("date")) {
			try {
				date = LocalDate.parse(form.date());
			} catch (DateTimeParseException e) {
				result.rejectValue("date", "calendar.date.invalid");
			}
		}
		if (!result.hasErrors() && date != null) {
			try {
				calendar.add(date, form.nameId(), form.nameEn(), HolidayKind.valueOf(form.kind()), admin.id(), form.note());
				redirect.addFlashAttribute("message", "calendar.added");
				return "redirect:/admin/calendar?year=" + date.getYear();
			} catch (HolidayExistsException e) {
				result.rejectValue("date", "calendar.date.taken");
			}
		}
		return view(model, date == null ? Year.now(clock.withZone(IndonesianTimeZones.WIB)).getValue() : date.getYear());
	}

	@PostMapping("/admin/calendar/{date}/remove")
	String remove(@PathVariable LocalDate date, @RequestParam(defaultValue = "") String note,
			@AuthenticationPrincipal LaporUser admin, RedirectAttributes redirect) {
		if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
			// A day the database cannot store has no holiday; BadInputAdvice answers 400.
			throw new DateTimeException("No holiday outside the years " + FIRST_YEAR + "-" + LAST_YEAR + ": " + date);
		}
		calendar.remove(date, admin.id(), note.isBlank() ? "-" : note);
		redirect.addFlashAttribute("message", "calendar.removed");
		return "redirect:/admin/calendar?year=" + date.getYear();
	}

	private String view(Model model, int year) {
		model.addAttribute("year", year);
		model.addAttribute("holidays", calendar.holidaysOf(Year.of(year)));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new HolidayForm(null, null, null, "JOINT_LEAVE", null));
		}
		return "administration/calendar";
	}
}

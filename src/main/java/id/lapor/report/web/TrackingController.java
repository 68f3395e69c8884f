package id.lapor.report.web;

import java.util.Locale;

import id.lapor.account.LaporUser;
import id.lapor.report.ReportQueries;
import id.lapor.report.TrackingNumber;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public look-up of a report by its tracking number: status colour, body, dates and public timeline.
 */
@Controller
class TrackingController {

	private final ReportQueries queries;

	TrackingController(ReportQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/track")
	String track(@RequestParam(defaultValue = "") String number, @AuthenticationPrincipal @Nullable LaporUser viewer,
			Model model, Locale locale, HttpServletResponse response) {

		model.addAttribute("number", number);
		if (number.isBlank()) {
			return "report/track";
		}

		var parsed = TrackingNumber.parse(number);
		if (parsed.isEmpty()) {
			model.addAttribute("error", "track.invalid");
			return "report/track";
		}

		var report = queries.findForTracking(parsed.get(), viewer, locale);
		if (report.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("error", "track.notFound");
			return "report/track";
		}

		model.addAttribute("report", report.get());
		return "report/track";
	}
}

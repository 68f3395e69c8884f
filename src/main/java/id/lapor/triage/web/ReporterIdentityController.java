package id.lapor.triage.web;

import java.util.Locale;
import java.util.Set;

import id.lapor.account.AccountDirectory;
import id.lapor.account.LaporUser;
import id.lapor.report.ReportNotFoundException;
import id.lapor.report.ReportQueries;
import id.lapor.report.ReportVerification;
import id.lapor.report.TrackingNumber;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The national administrator opens the sealed identity of an anonymous report's reporter, stating why. The answer is
 * a page of its own, never redirected through the session and never cached; the reason is in the audit log.
 */
@Controller
class ReporterIdentityController {

	private final ReportQueries queries;
	private final ReportVerification verification;
	private final AccountDirectory accounts;

	ReporterIdentityController(ReportQueries queries, ReportVerification verification, AccountDirectory accounts) {
		this.queries = queries;
		this.verification = verification;
		this.accounts = accounts;
	}

	/** Why the identity is opened: a court order, an investigation, the reporter's safety. */
	record UnsealForm(@NotBlank @Size(min = 20, max = 1000) @Nullable String reason) {
	}

	@PostMapping("/admin/reports/{number}/identity")
	String unseal(@PathVariable TrackingNumber number, @Valid @ModelAttribute("unsealForm") UnsealForm form,
			BindingResult result, @AuthenticationPrincipal LaporUser admin, Model model, Locale locale,
			HttpServletResponse response) {

		var report = queries.findForSupervision(number, locale).orElseThrow(ReportNotFoundException::new);
		model.addAttribute("report", report);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		if (result.hasErrors() || form.reason() == null) {
			model.addAttribute("unsealInvalid", true);
			model.addAttribute("unsealReason", form.reason());
			return "triage/identity";
		}
		verification.unsealReporter(number, admin, form.reason()).ifPresentOrElse(
				reporter -> model.addAttribute("reporter", accounts.findAll(Set.of(reporter)).get(reporter)),
				() -> model.addAttribute("notSealed", true));
		return "triage/identity";
	}
}

package id.lapor.monitoring.web;

import java.util.UUID;

import id.lapor.account.LaporUser;
import id.lapor.agency.AgencyCatalogue;
import id.lapor.report.ReportNotFoundException;
import id.lapor.report.Reprimands;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A supervisor's reprimand (teguran) to a body about its overdue reports, sent from the body's drill-down page. The
 * national administrator and supervisors only (see the security configuration); what was typed survives an error.
 */
@Controller
class ReprimandController {

	private final Reprimands reprimands;
	private final AgencyCatalogue agencies;

	ReprimandController(Reprimands reprimands, AgencyCatalogue agencies) {
		this.reprimands = reprimands;
		this.agencies = agencies;
	}

	@PostMapping("/monitoring/bodies/{code}/reprimands")
	String send(@PathVariable String code, @RequestParam(defaultValue = "") String message, @RequestParam UUID formId,
			@AuthenticationPrincipal LaporUser supervisor, RedirectAttributes redirect) {

		var body = agencies.findByCode(code).orElseThrow(ReportNotFoundException::new);
		if (message.isBlank() || message.strip().length() > Reprimands.MAX_MESSAGE_LENGTH) {
			redirect.addFlashAttribute("reprimandError", "reprimand.invalid");
			redirect.addFlashAttribute("reprimandText", message);
			return "redirect:/monitoring/bodies/" + body.code();
		}
		var count = reprimands.send(body.id(), supervisor, formId, message);
		if (count == 0) {
			redirect.addFlashAttribute("reprimandError", "reprimand.none");
		} else {
			redirect.addFlashAttribute("reprimandSent", count);
		}
		return "redirect:/monitoring/bodies/" + body.code();
	}
}

package id.lapor.notification.web;

import id.lapor.notification.Deliveries;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Messages that failed or were given up, for the national administrator (supervisors look too): to whom, about which
 * report, how often tried and why it failed. A reporter is only ever "the reporter", never an address.
 */
@Controller
class DeliveryAdminController {

	static final int PAGE_SIZE = 50;

	private final Deliveries deliveries;

	DeliveryAdminController(Deliveries deliveries) {
		this.deliveries = deliveries;
	}

	@GetMapping("/admin/deliveries")
	String show(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("deliveries", deliveries.unsuccessful(PageRequest.of(Math.clamp(page, 0, 10_000), PAGE_SIZE)));
		return "notification/deliveries";
	}
}

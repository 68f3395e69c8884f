package id.lapor.timeline.web;

import java.util.List;
import java.util.Locale;

import id.lapor.account.LaporUser;
import id.lapor.account.Role;
import id.lapor.agency.RegionDirectory;
import id.lapor.agency.RegionSummary;
import id.lapor.report.PublicTimeline;
import id.lapor.report.ReportNotFoundException;
import id.lapor.report.ReportQueries;
import id.lapor.report.ReportSupport;
import id.lapor.report.StatusColour;
import id.lapor.report.TrackingNumber;
import id.lapor.routing.CategoryCatalogue;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public timeline, {@code /laporan}: what citizens reported and how the bodies answered, for anyone, so that
 * someone with the same problem finds it and sees that bodies answer. Each report has a stable address,
 * {@code /laporan/{number}}, with an Open Graph preview for sharing.
 */
@Controller
class PublicReportController {

	static final int PAGE_SIZE = 20;

	private final PublicTimeline timeline;
	private final TimelineView views;
	private final ReportQueries queries;
	private final RegionDirectory regions;
	private final CategoryCatalogue categories;
	private final ReportSupport support;

	PublicReportController(PublicTimeline timeline, TimelineView views, ReportQueries queries, RegionDirectory regions,
			CategoryCatalogue categories, ReportSupport support) {
		this.timeline = timeline;
		this.views = views;
		this.support = support;
		this.queries = queries;
		this.regions = regions;
		this.categories = categories;
	}

	@GetMapping("/laporan")
	String showTimeline(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String provinsi,
			@RequestParam(defaultValue = "") String wilayah, @RequestParam(defaultValue = "") String instansi,
			@RequestParam(defaultValue = "") String kategori, @RequestParam(defaultValue = "") String status,
			@RequestParam(defaultValue = "") String setelah, Model model, Locale locale) {

		var view = views.resolve(q, provinsi, wilayah, instansi, kategori, status, locale);
		var page = timeline.find(view.filter(), PublicTimeline.Cursor.parse(setelah).orElse(null), PAGE_SIZE, locale);
		var province = view.province();
		var category = view.category();
		var colour = view.colour();

		model.addAttribute("page", page);
		model.addAttribute("q", view.query());
		model.addAttribute("provinces", regions.provinces());
		model.addAttribute("province", province.map(RegionSummary::code).orElse(""));
		model.addAttribute("regencies", province.map(found -> regions.regenciesOf(found.code()))
				.orElse(List.of()));
		model.addAttribute("regency", view.regency().map(RegionSummary::code).orElse(""));
		model.addAttribute("body", view.body());
		model.addAttribute("categoryGroups", categories.groups(locale));
		model.addAttribute("category", category == null ? "" : category.code());
		model.addAttribute("colours", List.of(StatusColour.RED, StatusColour.YELLOW, StatusColour.GREEN));
		model.addAttribute("status", colour == null ? "" : colour.key());
		model.addAttribute("firstPage", setelah.isBlank());
		model.addAttribute("filtered", view.filtered());
		model.addAttribute("feedUrl", view.address(UriComponentsBuilder.fromPath("/laporan/feed.atom")));
		return "timeline/timeline";
	}

	@GetMapping("/laporan/{number}")
	String showPublicReport(@PathVariable TrackingNumber number, @AuthenticationPrincipal @Nullable LaporUser viewer,
			Model model, Locale locale) {

		var report = queries.findPublic(number, locale).orElseThrow(ReportNotFoundException::new);
		model.addAttribute("report", report);
		model.addAttribute("support", support.status(number, viewer == null ? null : viewer.id()));
		model.addAttribute("signedIn", viewer != null);
		model.addAttribute("maySupport", viewer != null && viewer.hasRole(Role.CITIZEN));
		model.addAttribute("feedUrl", "/laporan/" + number.value() + "/feed.atom");
		var text = report.text() == null ? "" : report.text().strip();
		// What a shared link shows in a chat or on social media (Open Graph, in the page's head).
		model.addAttribute("ogTitle", report.title() == null ? "" : report.title());
		model.addAttribute("ogDescription", text.length() > 200 ? text.substring(0, 199) + "…" : text);
		model.addAttribute("ogUrl", views.reportAddress(number));
		return "timeline/report";
	}

	/**
	 * A visitor who is not signed in follows "Masuk untuk mendukung" here: the sign-in page comes first, then the
	 * report's page with its "Dukung" button (a sign-in returns to a link, not to a form that was sent).
	 */
	@GetMapping("/laporan/{number}/dukung")
	String showSupport(@PathVariable TrackingNumber number) {
		return "redirect:/laporan/" + number.value() + "#support";
	}

	/** "Dukung": once per citizen; the page says how it went. */
	@PostMapping("/laporan/{number}/dukung")
	String supportReport(@PathVariable TrackingNumber number, @AuthenticationPrincipal LaporUser citizen,
			RedirectAttributes redirect) {

		var outcome = support.support(number, citizen.id());
		redirect.addFlashAttribute("message", switch (outcome) {
			case SUPPORTED -> "support.recorded";
			case ALREADY_SUPPORTED -> "support.already";
			case OWN_REPORT -> "support.own";
		});
		return "redirect:/laporan/" + number.value();
	}
}

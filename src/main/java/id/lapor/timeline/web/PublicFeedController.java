package id.lapor.timeline.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import id.lapor.report.MessageKind;
import id.lapor.report.PublicTimeline;
import id.lapor.report.ReportNotFoundException;
import id.lapor.report.ReportQueries;
import id.lapor.report.TrackingNumber;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Following without an account: Atom feeds of the public timeline (any view of it: a body, a region, a search) and of
 * one report (its answers), for any feed reader. Written with ROME; the same rules as the pages (nothing
 * confidential, no reporter).
 */
@Controller
class PublicFeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
	private static final int ENTRIES = 30;

	private final PublicTimeline timeline;
	private final ReportQueries queries;
	private final TimelineView views;
	private final MessageSource messages;

	PublicFeedController(PublicTimeline timeline, ReportQueries queries, TimelineView views, MessageSource messages) {
		this.timeline = timeline;
		this.queries = queries;
		this.views = views;
		this.messages = messages;
	}

	/** The newest reports of a view of the timeline; takes the page's parameters. */
	@GetMapping("/laporan/feed.atom")
	ResponseEntity<String> timelineFeed(@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "") String provinsi, @RequestParam(defaultValue = "") String wilayah,
			@RequestParam(defaultValue = "") String instansi, @RequestParam(defaultValue = "") String kategori,
			@RequestParam(defaultValue = "") String status, Locale locale) throws FeedException {

		var view = views.resolve(q, provinsi, wilayah, instansi, kategori, status, locale);
		var page = timeline.find(view.filter(), null, ENTRIES, locale);
		var self = view.address(views.publicAddress("/laporan/feed.atom"));

		var entries = new ArrayList<Entry>();
		for (var report : page.entries()) {
			var link = views.reportAddress(report.trackingNumber());
			entries.add(entry(link, report.title(), report.lastChangedAt(),
					messages.getMessage("colour." + report.colour(), null, locale) + " · "
							+ messages.getMessage("status." + report.status(), null, locale) + " · "
							+ (report.agencyName() == null ? "" : report.agencyName()) + "\n\n" + report.excerpt()
							+ (report.shortened() ? "…" : ""),
					link));
		}
		return atom(feed(self, messages.getMessage("feed.timeline.title", null, locale), entries));
	}

	/** A report's public answers, newest first. */
	@GetMapping("/laporan/{number}/feed.atom")
	ResponseEntity<String> reportFeed(@PathVariable TrackingNumber number, Locale locale)
			throws FeedException {

		var report = queries.findPublic(number, locale).orElseThrow(ReportNotFoundException::new);
		var page = views.reportAddress(number);
		var entries = new ArrayList<Entry>();
		report.responses().forEach(response -> entries.add(entry(page + "#tanggapan-" + response.id(),
						response.kind() == MessageKind.RESPONSE
								? messages.getMessage("feed.report.response", new Object[] { response.agencyName() }, locale)
								: messages.getMessage("feed.report.reply", null, locale),
						response.createdAt(), response.body(), page)));
		entries.add(entry(page + "#laporan", report.title() == null ? number.formatted() : report.title(),
				report.submittedAt(), report.text() == null ? "" : report.text(), page));
		entries.sort(Comparator.comparing(Entry::getUpdated).reversed());
		return atom(feed(views.publicAddress("/laporan/{number}/feed.atom").buildAndExpand(number.value()).toUriString(),
				messages.getMessage("feed.report.title", new Object[] { report.title() }, locale), entries));
	}

	private static Feed feed(String self, String title, List<Entry> entries) {
		var feed = new Feed("atom_1.0");
		feed.setId(self);
		feed.setTitle(title);
		var link = new Link();
		link.setRel("self");
		link.setHref(self);
		feed.setOtherLinks(List.of(link));
		feed.setUpdated(entries.stream().map(Entry::getUpdated).max(Comparator.naturalOrder())
				.orElse(Date.from(Instant.EPOCH)));
		feed.setEntries(entries);
		return feed;
	}

	private static Entry entry(String id, String title, Instant updated, String text, String page) {
		var entry = new Entry();
		entry.setId(id);
		entry.setTitle(title);
		entry.setUpdated(Date.from(updated));
		var link = new Link();
		link.setRel("alternate");
		link.setHref(page);
		entry.setAlternateLinks(List.of(link));
		var content = new Content();
		content.setType(Content.TEXT);
		content.setValue(text);
		entry.setContents(List.of(content));
		return entry;
	}

	private static ResponseEntity<String> atom(Feed feed) throws FeedException {
		return ResponseEntity.ok().contentType(ATOM).body(new WireFeedOutput().outputString(feed));
	}
}

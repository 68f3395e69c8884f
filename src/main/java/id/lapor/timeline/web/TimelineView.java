package id.lapor.timeline.web;

import java.util.Locale;
import java.util.Optional;

import id.lapor.agency.AgencySummary;
import id.lapor.agency.RegionDirectory;
import id.lapor.agency.RegionSummary;
import id.lapor.report.PublicTimeline;
import id.lapor.report.StatusColour;
import id.lapor.report.TrackingNumber;
import id.lapor.routing.CategoryCatalogue;
import id.lapor.routing.CategorySummary;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A view of the public timeline as its address names it ({@code q}, {@code provinsi}, {@code wilayah},
 * {@code instansi}, {@code kategori}, {@code status}), read leniently: an unknown value is no filter, except an unknown
 * body, which matches nothing. The page and its Atom feed read it the same way.
 */
@Component
class TimelineView {

	record Resolved(PublicTimeline.Filter filter, String query, Optional<RegionSummary> province,
			Optional<RegionSummary> regency, @Nullable AgencySummary body, @Nullable CategorySummary category,
			@Nullable StatusColour colour) {

		boolean filtered() {
			return filter.query() != null || filter.regionCode() != null || filter.agencyCode() != null
					|| category != null || colour != null;
		}

		/** The view's address parameters, in the page's order, added to {@code url} (the page's feed, the feed itself). */
		String address(UriComponentsBuilder url) {
			add(url, "q", filter.query());
			add(url, "provinsi", province.map(RegionSummary::code).orElse(null));
			add(url, "wilayah", regency.map(RegionSummary::code).orElse(null));
			add(url, "instansi", filter.agencyCode());
			add(url, "kategori", filter.categoryCode());
			add(url, "status", colour == null ? null : colour.key());
			return url.encode().toUriString();
		}

		private static void add(UriComponentsBuilder url, String name, @Nullable String value) {
			if (value != null && !value.isBlank()) {
				url.queryParam(name, value);
			}
		}
	}

	private final PublicTimeline timeline;
	private final RegionDirectory regions;
	private final CategoryCatalogue categories;
	/** Shared links and feeds carry the configured public address, never one taken from a request's Host header. */
	private final String baseUrl;

	TimelineView(PublicTimeline timeline, RegionDirectory regions, CategoryCatalogue categories,
			@Value("${lapor.notification.base-url:http://localhost:8080}") String baseUrl) {
		this.timeline = timeline;
		this.regions = regions;
		this.categories = categories;
		this.baseUrl = baseUrl;
	}

	/** The public address of a path of the application ({@code /laporan/{number}}, with its variables). */
	UriComponentsBuilder publicAddress(String path) {
		return UriComponentsBuilder.fromUriString(baseUrl).path(path);
	}

	/** The public address of a report's page. */
	String reportAddress(TrackingNumber number) {
		return publicAddress("/laporan/{number}").buildAndExpand(number.value()).toUriString();
	}

	Resolved resolve(String q, String provinsi, String wilayah, String instansi, String kategori, String status,
			Locale locale) {

		var query = q.length() > PublicTimeline.MAX_QUERY ? q.substring(0, PublicTimeline.MAX_QUERY) : q;
		// A regency outside the chosen province (the province was changed) is dropped, not searched for.
		var province = regions.find(provinsi).filter(region -> region.code().equals(region.provinceCode()));
		var regency = province.isEmpty()
				? regions.find(wilayah).filter(region -> !region.code().equals(region.provinceCode()))
				: regions.find(wilayah).filter(region -> region.provinceCode().equals(province.get().code())
						&& !region.code().equals(province.get().code()));
		var regionCode = regency.map(RegionSummary::code).or(() -> province.map(RegionSummary::code)).orElse(null);
		var body = instansi.isBlank() ? null : timeline.body(instansi).orElse(null);
		var category = kategori.isBlank() ? null : categories.find(kategori, locale).orElse(null);
		var colour = colour(status);

		var filter = new PublicTimeline.Filter(query.isBlank() ? null : query, regionCode,
				body == null ? (instansi.isBlank() ? null : instansi) : body.code(),
				category == null ? null : category.code(), colour);
		return new Resolved(filter, query, province, regency, body, category, colour);
	}

	private static @Nullable StatusColour colour(String value) {
		for (var colour : StatusColour.values()) {
			if (colour != StatusColour.GREY && colour.name().equalsIgnoreCase(value)) {
				return colour;
			}
		}
		return null;
	}
}

package id.lapor.monitoring.web;

import java.time.LocalDate;
import java.util.Optional;

import id.lapor.monitoring.Criteria;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a dashboard view, all carrying its period and filters, so a drill-down, an export or a chart shows
 * the same selection (and a bookmarked URL brings the view back).
 */
record DashboardLinks(LocalDate from, LocalDate to, @Nullable String regionCode, Criteria criteria) {

	/** The dashboard at another level: the nation ({@code null}), a province or a regency/city. */
	public String level(@Nullable String region) {
		return withCriteria(UriComponentsBuilder.fromPath("/monitoring").queryParam("from", from).queryParam("to", to)
				.queryParamIfPresent("regionCode", Optional.ofNullable(region))).build().encode().toUriString();
	}

	/** This view as a download. */
	public String export(String format) {
		return withCriteria(UriComponentsBuilder.fromPath("/monitoring").queryParam("from", from).queryParam("to", to)
				.queryParamIfPresent("regionCode", Optional.ofNullable(regionCode))).queryParam("format", format)
				.build().encode().toUriString();
	}

	/** The statistics API call behind a chart of this view. */
	public String api(String groupBy, LocalDate since) {
		return withCriteria(UriComponentsBuilder.fromPath("/api/v1/statistics").queryParam("groupBy", groupBy)
				.queryParam("from", since).queryParam("to", to)
				.queryParamIfPresent("regionCode", Optional.ofNullable(regionCode))).build().encode().toUriString();
	}

	private UriComponentsBuilder withCriteria(UriComponentsBuilder builder) {
		return builder.queryParamIfPresent("categoryCode", Optional.ofNullable(criteria.categoryCode()))
				.queryParamIfPresent("classification", Optional.ofNullable(criteria.classification()))
				.queryParamIfPresent("channel", Optional.ofNullable(criteria.channel()))
				.queryParamIfPresent("bodyKind", Optional.ofNullable(criteria.bodyKind()))
				.queryParamIfPresent("programme", Optional.ofNullable(criteria.programmeCode()));
	}
}

package id.lapor.routing.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import id.lapor.agency.AgencySummary;
import id.lapor.routing.RoutingDecision;
import id.lapor.routing.RoutingRequest;
import id.lapor.routing.RoutingService;
import id.lapor.routing.UnknownCategoryException;
import id.lapor.routing.UnknownRegionException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a report would go, before it is sent: {@code GET /api/v1/routing/preview}. Bad or missing input answers 400
 * with a ProblemDetail whose {@code field} names the parameter.
 */
@RestController
class RoutingPreviewApiController {

	static final Set<String> CLASSIFICATIONS = Set.of("COMPLAINT", "ASPIRATION", "INFORMATION_REQUEST");
	static final int MAX_TEXT = 5000;

	record CategoryView(String code, String name) {}

	record BodyView(String code, String name, String kind) {

		static BodyView of(AgencySummary agency) {
			return new BodyView(agency.code(), agency.name(), agency.kind());
		}
	}

	record AlternativeView(String code, String name, String kind, double confidence) {}

	record Preview(CategoryView category, BodyView target, double confidence, List<String> explanation,
			List<AlternativeView> alternatives) {}

	/** Invalid input, naming the parameter at fault. */
	static class InvalidParameterException extends RuntimeException {

		private final String field;
		private final String messageKey;

		InvalidParameterException(String field, String messageKey) {
			super(field + ": " + messageKey);
			this.field = field;
			this.messageKey = messageKey;
		}
	}

	private final RoutingService routing;
	private final MessageSource messages;

	RoutingPreviewApiController(RoutingService routing, MessageSource messages) {
		this.routing = routing;
		this.messages = messages;
	}

	@GetMapping("/api/v1/routing/preview")
	@Tag(name = "routing")
	@Operation(summary = "Where a report would go", description = """
			The category and the body the routing service picks for a report's text and region, with its confidence, 			the reasons in words and the alternatives. Nothing is stored. Rules: docs/routing.md.""")
	Preview preview(@RequestParam(required = false) @Nullable String title,
			@RequestParam(required = false) @Nullable String body,
			@RequestParam(required = false) @Nullable String regionCode,
			@RequestParam(required = false) @Nullable String categoryCode,
			@RequestParam(required = false) @Nullable String classification, @Parameter(hidden = true) Locale locale) {

		var validTitle = required("title", title);
		var validAgency = required("body", body);
		var validRegion = required("regionCode", regionCode);
		if (classification != null && !classification.isBlank() && !CLASSIFICATIONS.contains(classification)) {
			throw new InvalidParameterException("classification", "api.invalid.classification");
		}

		RoutingDecision decision;
		try {
			decision = routing.decide(new RoutingRequest(validTitle, validAgency, validRegion,
					categoryCode == null || categoryCode.isBlank() ? null : categoryCode, null), locale);
		} catch (UnknownRegionException e) {
			throw new InvalidParameterException("regionCode", "api.invalid.regionCode");
		} catch (UnknownCategoryException e) {
			throw new InvalidParameterException("categoryCode", "api.invalid.categoryCode");
		}

		return new Preview(new CategoryView(decision.category().code(), decision.category().name()),
				BodyView.of(decision.target()), decision.confidence(),
				decision.explanation().stream()
						.map(reason -> messages.getMessage(reason.messageKey(), reason.args().toArray(), locale))
						.toList(),
				decision.alternatives().stream()
						.map(alternative -> new AlternativeView(alternative.target().code(), alternative.target().name(),
								alternative.target().kind(), alternative.confidence()))
						.toList());
	}

	@ExceptionHandler(InvalidParameterException.class)
	ProblemDetail invalid(InvalidParameterException e, Locale locale) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(e.messageKey, new Object[] { e.field }, locale));
		problem.setTitle(messages.getMessage("api.invalid.title", null, locale));
		problem.setProperty("field", e.field);
		return problem;
	}

	private static String required(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidParameterException(field, "api.invalid.required");
		}
		if (value.length() > MAX_TEXT) {
			throw new InvalidParameterException(field, "api.invalid.tooLong");
		}
		return value;
	}
}

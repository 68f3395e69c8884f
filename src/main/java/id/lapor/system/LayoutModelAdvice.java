package id.lapor.system;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Model values every page layout needs.
 */
@ControllerAdvice
class LayoutModelAdvice {

	/**
	 * The current page in the other language, keeping its query parameters, for the language switch.
	 */
	@ModelAttribute("otherLanguageUrl")
	String otherLanguageUrl(HttpServletRequest request, Locale locale) {

		var other = "en".equals(locale.getLanguage()) ? "id" : "en";
		var builder = UriComponentsBuilder.fromPath(request.getRequestURI());
		if ("GET".equals(request.getMethod())) {
			builder.query(request.getQueryString());
		}
		return builder.replaceQueryParam("lang", other).build().toUriString();
	}
}

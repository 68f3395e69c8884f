package id.lapor.report.web;

import java.io.IOException;

import id.lapor.report.ReportNotFoundException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A report that does not exist, or that the person may not see, is the 404 page, on every controller. That includes
 * a tracking number in a URL that cannot be one: Spring reports the failed {@link TrackingNumberConverter} as a type
 * mismatch (which {@code BadInputAdvice} would answer 400) caused by {@link ReportNotFoundException}. This advice
 * comes first, so the cause decides.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportNotFoundAdvice {

	@ExceptionHandler(ReportNotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		// As for any @ResponseStatus exception: the servlet container shows templates/error/404.html.
		response.sendError(HttpStatus.NOT_FOUND.value());
	}
}

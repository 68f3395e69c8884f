package id.lapor.system;

import java.io.IOException;
import java.net.URI;
import java.time.DateTimeException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Input a controller did not expect (a word where a number goes, a day that does not exist, a missing parameter)
 * answers 400, never 500: a ProblemDetail for the JSON API, the friendly {@code error/400} page otherwise.
 * {@code IllegalArgumentException} and {@code IllegalStateException} are not caught here: they signal programming
 * errors, and a controller that lets bad input reach them validates it itself.
 * <p>
 * Ordered before Boot's {@code ProblemDetailsExceptionHandler} (order 0), which would answer pages with JSON too.
 */
@ControllerAdvice
@Order(-1)
class BadInputAdvice {

	private final MessageSource messages;

	BadInputAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			HttpMessageNotReadableException.class, DateTimeException.class, ConversionFailedException.class,
			ConstraintViolationException.class, HandlerMethodValidationException.class, BindException.class,
			NumberFormatException.class })
	@Nullable Object badInput(Exception exception, HttpServletRequest request, HttpServletResponse response,
			Locale locale) throws IOException {

		if (!wantsJson(request)) {
			// The servlet container renders templates/error/400.html through Boot's error controller, like 404.
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return new ModelAndView();
		}
		var parameter = parameterOf(exception);
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, parameter == null
				? messages.getMessage("error.400.detail", null, locale)
				: messages.getMessage("error.400.parameter", new Object[] { parameter }, locale));
		problem.setTitle(messages.getMessage("error.400.title", null, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		if (parameter != null) {
			problem.setProperty("field", parameter);
		}
		return ResponseEntity.badRequest().body(problem);
	}

	/** The JSON API, and any client that asks for JSON rather than a page. */
	private static boolean wantsJson(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return true;
		}
		var accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains("json") && !accept.contains("text/html");
	}

	private static @Nullable String parameterOf(Exception exception) {
		return switch (exception) {
			case MethodArgumentTypeMismatchException mismatch -> mismatch.getName();
			case MissingServletRequestParameterException missing -> missing.getParameterName();
			case BindException bind when bind.getFieldError() != null -> bind.getFieldError().getField();
			default -> null;
		};
	}
}

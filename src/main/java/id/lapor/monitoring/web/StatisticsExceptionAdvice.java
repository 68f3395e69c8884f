package id.lapor.monitoring.web;

import java.util.Locale;

import id.lapor.monitoring.StatisticsTimeoutException;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The statistics' own refusals, page and API alike, as localized ProblemDetails: too many requests from one address
 * (429 with {@code Retry-After} in seconds) and a query cancelled after the statement timeout (503, not 500).
 */
@RestControllerAdvice(assignableTypes = { StatisticsApiController.class, PublicStatisticsController.class,
		MonitoringController.class, MonthlyReportController.class, RankingController.class,
		AdminDashboardController.class })
class StatisticsExceptionAdvice {

	private final MessageSource messages;

	StatisticsExceptionAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RateLimitExceededException.class)
	ResponseEntity<ProblemDetail> tooManyRequests(RateLimitExceededException e, Locale locale) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, Long.toString(e.verdict.retryAfterSeconds()))
				.cacheControl(CacheControl.noStore())
				.body(problem(HttpStatus.TOO_MANY_REQUESTS, "statistics.rateLimited", locale));
	}

	@ExceptionHandler(StatisticsTimeoutException.class)
	ResponseEntity<ProblemDetail> timedOut(Locale locale) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).cacheControl(CacheControl.noStore())
				.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "statistics.timeout", locale));
	}

	private ProblemDetail problem(HttpStatus status, String key, Locale locale) {
		var problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, locale));
		problem.setTitle(messages.getMessage(key + ".title", null, locale));
		return problem;
	}
}

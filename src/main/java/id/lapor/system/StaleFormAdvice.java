package id.lapor.system;

import java.io.IOException;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * Answers a change that met a newer version ({@link StaleForms}) on the controllers that are
 * {@link StaleForms.Page}s: their page again, from the failed request's own model, with {@code conflict}.
 */
@ControllerAdvice(assignableTypes = StaleForms.Page.class)
class StaleFormAdvice {

	private static final String MODEL = StaleFormAdvice.class.getName() + ".MODEL";

	/** An exception handler gets an empty model; the request's own one holds the forms as they were typed. */
	@ModelAttribute
	void rememberModel(Model model, HttpServletRequest request) {
		request.setAttribute(MODEL, model);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView showAfterConflict(HandlerMethod handler, HttpServletRequest request, HttpServletResponse response,
			@Nullable Principal principal, Locale locale) throws IOException {

		var model = request.getAttribute(MODEL) instanceof Model remembered ? remembered : new ExtendedModelMap();
		model.addAttribute("conflict", true);
		@SuppressWarnings("unchecked")
		var pathVariables = (Map<String, Object>) request.getAttribute(View.PATH_VARIABLES);
		var submission = new StaleForms.Submission(pathVariables == null ? Map.of() : pathVariables, principal, locale);
		try {
			return new ModelAndView(((StaleForms.Page) handler.getBean()).showAfterConflict(submission, model),
					model.asMap());
		} catch (RuntimeException e) {
			// What the page cannot show any more (the report went to another body meanwhile) answers as it would
			// have without the conflict: a 404.
			var status = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
			if (status == null) {
				throw e;
			}
			response.sendError(status.code().value());
			return new ModelAndView();
		}
	}
}

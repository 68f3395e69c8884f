package id.lapor.system;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Forms that carry the version of what they change (optimistic locking), and what happens when somebody else changed
 * it first: not an error page, but the same page again with what was typed, the current version and a notice
 * ({@code conflict}), so the person sees the other change and can send theirs again knowingly.
 * <p>
 * The services say so with an {@link OptimisticLockingFailureException} ({@code ReportChangedException},
 * {@code AgencyChangedConcurrentlyException}, and the database's own at commit); {@link StaleFormAdvice} answers it
 * for every controller that is a {@link Page}. A controller only says how its page is shown.
 */
public final class StaleForms {

	private StaleForms() {}

	/** A form with the version of what it changes. */
	public interface Versioned<T> {

		T withVersion(long version);
	}

	/** A controller whose forms are {@link Versioned}, and which shows their page again after a conflict. */
	public interface Page {

		/**
		 * The page of a form that met a newer version. {@code model} is the failed request's own: the forms as they
		 * were sent, and {@code conflict}. Load what the page shows, {@link StaleForms#refresh} the forms with its
		 * current version, and show it.
		 */
		String showAfterConflict(Submission submission, Model model);
	}

	/** The request the stale form came with: its path variables (converted), who sent it, their locale. */
	public record Submission(Map<String, Object> pathVariables, @Nullable Principal principal, Locale locale) {

		public <T> T pathVariable(String name, Class<T> type) {
			return type.cast(Objects.requireNonNull(pathVariables.get(name), name));
		}

		/** The signed-in person, as {@code @AuthenticationPrincipal} gives them. */
		public <T> T user(Class<T> type) {
			if (principal instanceof Authentication authentication) {
				return type.cast(authentication.getPrincipal());
			}
			throw new IllegalStateException("Nobody is signed in");
		}
	}

	/**
	 * Gives the versioned forms of the model the current version, keeping what was typed. Their old binding (which
	 * still holds the stale version) goes, so the page shows the new one.
	 */
	public static void refresh(Model model, long currentVersion) {
		for (var name : List.copyOf(model.asMap().keySet())) {
			if (model.getAttribute(name) instanceof Versioned<?> form) {
				model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + name);
				model.addAttribute(name, form.withVersion(currentVersion));
			}
		}
	}
}

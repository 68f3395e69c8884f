package id.lapor.triage.web;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Puts a form back on the page with the report's current version after a concurrent change, keeping what the
 * officer typed; the old binding (which still holds the stale version) is dropped so the page shows the new one.
 */
final class StaleForms {

	interface Versioned<T> {
		T withVersion(long version);
	}

	private StaleForms() {}

	static void refresh(Model model, BindingResult result, long currentVersion) {
		if (result.getTarget() instanceof Versioned<?> form) {
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + result.getObjectName());
			model.addAttribute(result.getObjectName(), form.withVersion(currentVersion));
		}
	}
}

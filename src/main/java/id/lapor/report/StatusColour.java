package id.lapor.report;

import java.util.Arrays;
import java.util.Optional;

/**
 * The traffic light LAPOR! users know: red = not yet followed up, yellow = in process, green = followed up. Grey
 * marks a report archived without follow-up (with its reason), so it is neither counted as open nor as done.
 */
public enum StatusColour {

	RED, YELLOW, GREEN, GREY;

	public static Optional<StatusColour> parse(String value) {
		return Arrays.stream(values()).filter(colour -> colour.name().equalsIgnoreCase(value)).findFirst();
	}

	/** Lower-case name for CSS classes and URLs. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}

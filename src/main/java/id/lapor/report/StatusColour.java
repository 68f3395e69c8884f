package id.lapor.report;

import java.util.Arrays;
import java.util.Optional;

/**
 * The traffic light LAPOR! users know: red = not yet followed up, yellow = in process, green = followed up.
 */
public enum StatusColour {

	RED, YELLOW, GREEN;

	public static Optional<StatusColour> parse(String value) {
		return Arrays.stream(values()).filter(colour -> colour.name().equalsIgnoreCase(value)).findFirst();
	}

	/** Lower-case name for CSS classes and URLs. */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}

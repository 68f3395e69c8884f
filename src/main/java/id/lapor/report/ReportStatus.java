package id.lapor.report;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a report stands. The colour shown to everyone is derived here and nowhere else.
 */
public enum ReportStatus {

	SUBMITTED(StatusColour.RED),
	ASSIGNED(StatusColour.RED),
	IN_PROGRESS(StatusColour.YELLOW),
	COMPLETED(StatusColour.GREEN);

	private final StatusColour colour;

	ReportStatus(StatusColour colour) {
		this.colour = colour;
	}

	public StatusColour colour() {
		return colour;
	}

	public static Set<ReportStatus> withColour(StatusColour colour) {
		return Arrays.stream(values()).filter(status -> status.colour == colour).collect(Collectors.toSet());
	}
}

package id.lapor.report;

import java.util.Collection;

import org.jspecify.annotations.Nullable;

/**
 * How many reports show each colour.
 */
public record ColourCounts(long red, long yellow, long green, long grey) {

	static ColourCounts of(Collection<StatusCount> counts) {

		long red = 0, yellow = 0, green = 0, grey = 0;
		for (var count : counts) {
			switch (count.status().colour()) {
				case RED -> red += count.count();
				case YELLOW -> yellow += count.count();
				case GREEN -> green += count.count();
				case GREY -> grey += count.count();
			}
		}
		return new ColourCounts(red, yellow, green, grey);
	}

	public long total() {
		return red + yellow + green + grey;
	}

	/** How many show the colour; all of them for {@code null}. */
	public long of(@Nullable StatusColour colour) {
		return colour == null ? total() : switch (colour) {
			case RED -> red;
			case YELLOW -> yellow;
			case GREEN -> green;
			case GREY -> grey;
		};
	}
}

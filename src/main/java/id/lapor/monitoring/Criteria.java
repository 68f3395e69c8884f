package id.lapor.monitoring;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import id.lapor.agency.AgencyKind;
import id.lapor.programme.Programme;
import id.lapor.report.Channel;
import id.lapor.report.Classification;

import org.jspecify.annotations.Nullable;

/**
 * The filters of the monitoring pages and the statistics API besides the period and the region: category,
 * classification, channel, kind of body and national priority programme. Unknown values are dropped by {@link #lenient} (pages) and refused by the
 * API.
 */
public record Criteria(@Nullable String categoryCode, @Nullable Classification classification, @Nullable Channel channel,
		@Nullable AgencyKind bodyKind, @Nullable Programme programme) {

	public static final Criteria NONE = new Criteria(null, null, null, null, null);

	/** From request parameters as links and forms send them; an empty or unknown value is no filter. */
	public static Criteria lenient(@Nullable String categoryCode, @Nullable String classification, @Nullable String channel,
			@Nullable String bodyKind, @Nullable Programme programme) {
		return new Criteria(blankToNull(categoryCode), parse(Classification.class, classification).orElse(null),
				parse(Channel.class, channel).orElse(null), parse(AgencyKind.class, bodyKind).orElse(null), programme);
	}

	public Criteria withoutCategory() {
		return new Criteria(null, classification, channel, bodyKind, programme);
	}

	public @Nullable String programmeCode() {
		return programme == null ? null : programme.code();
	}

	@Nullable Long programmeId() {
		return programme == null ? null : programme.id();
	}

	public static <E extends Enum<E>> Optional<E> parse(Class<E> type, @Nullable String value) {
		var wanted = blankToNull(value);
		return wanted == null ? Optional.empty()
				: Arrays.stream(type.getEnumConstants())
						.filter(constant -> constant.name().equals(wanted.toUpperCase(Locale.ROOT))).findFirst();
	}

	public static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}

package id.lapor.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * WIB, WITA or WIT for a region, by its province (Kepmendagri code): WITA for Bali, Nusa Tenggara, South, East and
 * North Kalimantan and Sulawesi; WIT for Maluku and Papua; WIB elsewhere. National bodies sit in Jakarta (WIB).
 */
public final class IndonesianTimeZones {

	public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
	public static final ZoneId WITA = ZoneId.of("Asia/Makassar");
	public static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

	private static final Set<String> WITA_PROVINCES = Set.of("51", "52", "53", "63", "64", "65", "71", "72", "73", "74",
			"75", "76");
	private static final Set<String> WIT_PROVINCES = Set.of("81", "82", "91", "92", "93", "94", "95", "96");

	private IndonesianTimeZones() {}

	/**
	 * @param regionCode a province or regency code ({@code 73} or {@code 73.71}); {@code null} for a national body
	 */
	public static ZoneId of(@Nullable String regionCode) {
		if (regionCode == null || regionCode.length() < 2) {
			return WIB;
		}
		var province = regionCode.substring(0, 2);
		return WIT_PROVINCES.contains(province) ? WIT : WITA_PROVINCES.contains(province) ? WITA : WIB;
	}

	/** The abbreviation people read: WIB, WITA or WIT. */
	public static String abbreviation(ZoneId zone) {
		return zone.equals(WIT) ? "WIT" : zone.equals(WITA) ? "WITA" : "WIB";
	}

	/** Today's date in WIB: the calendar of the statistics' periods (reports count by their WIB date). */
	public static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(WIB));
	}
}

package id.lapor.monitoring;

import id.lapor.statistics.Indicators;

import org.jspecify.annotations.Nullable;

/**
 * A body's place in the compliance ranking.
 *
 * @param score 0–100, {@code null} when the body has too few reports to judge
 * @param zone GREEN, YELLOW, RED or TOO_FEW
 */
public record Compliance(Indicators indicators, @Nullable Double score, String zone) {

	public static Compliance of(Indicators indicators, ComplianceProperties properties) {
		if (indicators.received() < properties.minimumReports()) {
			return new Compliance(indicators, null, "TOO_FEW");
		}
		double weights = properties.followUpWeight() + properties.onTimeWeight() + properties.completionWeight();
		double score = 100 * (properties.followUpWeight() * zeroIfNull(indicators.followUpRate())
				+ properties.onTimeWeight() * zeroIfNull(indicators.onTimeRate())
				+ properties.completionWeight() * zeroIfNull(indicators.completionRate())) / weights;
		var zone = score >= properties.greenFrom() ? "GREEN" : score >= properties.yellowFrom() ? "YELLOW" : "RED";
		return new Compliance(indicators, Math.round(score * 10) / 10.0, zone);
	}

	/** A missing rate (nothing completed, nothing late) gives no credit. */
	private static double zeroIfNull(@Nullable Double rate) {
		return rate == null ? 0 : rate;
	}
}

package id.lapor.monitoring;

/** A statistics query ran longer than {@code lapor.statistics.statement-timeout}: answered 503, not 500. */
public class StatisticsTimeoutException extends RuntimeException {

	StatisticsTimeoutException(Throwable cause) {
		super("statistics query cancelled after the statement timeout", cause);
	}
}

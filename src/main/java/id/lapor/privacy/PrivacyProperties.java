package id.lapor.privacy;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long personal data is kept.
 *
 * @param reportRetention how long after a report was closed or archived it stays linked to its reporter
 * @param eventRetention how long the record of an event between modules (which names the reporter) is kept after
 * it was handled
 */
@ConfigurationProperties("lapor.privacy")
record PrivacyProperties(@DefaultValue("P5Y") Period reportRetention, @DefaultValue("P30D") Duration eventRetention) {
}

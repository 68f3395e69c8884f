package id.lapor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import id.lapor.account.PlaceholderAccounts;
import id.lapor.system.ApplicationKeys;
import id.lapor.system.EmbeddedDatabaseProperties;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class IdentitySealTests {

	/** A seal with a throw-away key, as the tests' embedded database has. */
	static final IdentitySeal IDENTITIES = seal("mtXTrYMTktS28ZsPGU8+Oab3MYmL9+R456RgqAzT3mI=");

	@Test
	void aSealOpensOnlyForItsReportAndOnlyWithItsKey() {

		var report = UUID.randomUUID();
		var reporter = UUID.randomUUID();
		var sealed = IDENTITIES.seal(report, reporter);

		assertThat(IDENTITIES.open(report, sealed)).isEqualTo(reporter);
		assertThat(IDENTITIES.seal(report, reporter)).as("a fresh nonce each time").isNotEqualTo(sealed);
		assertThatIllegalStateException().isThrownBy(() -> IDENTITIES.open(UUID.randomUUID(), sealed));
		assertThatIllegalStateException()
				.isThrownBy(() -> seal("2N8bq9VnqG0y4xRk3mXyqkS0cJ7wqKZ9o3b8Vx8C1aE=").open(report, sealed));
	}

	@Test
	void theIndexFindsTheSameReporterAndNothingWithoutTheKey() {

		var reporter = UUID.randomUUID();

		assertThat(IDENTITIES.index(reporter)).isEqualTo(IDENTITIES.index(reporter))
				.isNotEqualTo(IDENTITIES.index(UUID.randomUUID()))
				.isNotEqualTo(seal("2N8bq9VnqG0y4xRk3mXyqkS0cJ7wqKZ9o3b8Vx8C1aE=").index(reporter));
	}

	@Test
	void anAnonymousReportRecordsThePlaceholderAndStillKnowsItsReporter() {

		var reporter = UUID.randomUUID();
		var content = new ReportContent(Classification.COMPLAINT, "Pungli di loket", "Petugas meminta uang tambahan.",
				"73.71", null, null, null, true, false, null);
		var report = Report.submit(TrackingNumber.random(), content, "kependudukan-ktp", reporter, UUID.randomUUID(),
				IDENTITIES, Instant.parse("2026-12-01T03:00:00Z"));

		assertThat(report.getReporterOnRecord()).isEqualTo(PlaceholderAccounts.SEALED_REPORTER);
		assertThat(report.getHistory()).singleElement()
				.satisfies(entry -> assertThat(entry.getActorId()).isEqualTo(PlaceholderAccounts.SEALED_REPORTER));
		assertThat(report.isReportedBy(reporter)).isTrue();
		assertThat(report.isSealed()).isTrue();
	}

	private static IdentitySeal seal(String key) {
		return new IdentitySeal(new IdentitySealProperties(key), new ApplicationKeys(new MockEnvironment(),
				new EmbeddedDatabaseProperties(Path.of("target", "unused"), 0, true)));
	}
}

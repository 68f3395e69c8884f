package id.lapor.benchmark;

import java.time.Clock;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Generates synthetic data on start-up when the profile {@code generate} is active and
 * {@code lapor.generator.enabled=true}; the application then ends (its web server listens on a random port).
 */
@Component
@Profile("generate")
class SyntheticDataRunner implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(SyntheticDataRunner.class);

	private final GeneratorProperties properties;
	private final DataSource dataSource;
	private final PasswordEncoder passwords;
	private final Clock clock;
	private final ConfigurableApplicationContext context;

	SyntheticDataRunner(GeneratorProperties properties, DataSource dataSource, PasswordEncoder passwords, Clock clock,
			ConfigurableApplicationContext context) {
		this.properties = properties;
		this.context = context;
		this.dataSource = dataSource;
		this.passwords = passwords;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {

		if (!properties.enabled()) {
			throw new SyntheticDataRefusedException("The profile 'generate' fills the database with synthetic reports; "
					+ "confirm with lapor.generator.enabled=true (./mvnw -Pgenerate does)");
		}
		LOG.info("Generating {} synthetic reports (seed {}, {} citizens)", properties.reports(), properties.seed(),
				properties.citizens());
		var summary = new SyntheticDataGenerator(dataSource, passwords.encode(properties.password()))
				.generate(properties.reports(), properties.seed(), properties.citizens(), properties.batchSize(),
						properties.asOf() == null ? clock.instant() : properties.asOf());
		LOG.info("""
				Synthetic data run {}: {} reports, {} history entries, {} responses in {} s. \
				Log in as {} (or {}, penghubung.<body code>{}) with the password '{}'.""", summary.runId(),
				summary.reports(), summary.historyEntries(), summary.responses(), summary.duration().toSeconds(),
				SyntheticDataGenerator.ADMINISTRATOR_EMAIL, SyntheticDataGenerator.SUPERVISOR_EMAIL,
				SyntheticDataGenerator.EMAIL_DOMAIN, properties.password());
		System.exit(SpringApplication.exit(context));
	}
}

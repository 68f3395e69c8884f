package id.lapor.account;

import id.lapor.agency.AgencyCatalogue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first national administrator of a new production database from
 * {@code LAPOR_BOOTSTRAP_ADMIN_EMAIL} and {@code LAPOR_BOOTSTRAP_ADMIN_PASSWORD}; does nothing once it exists.
 */
@Component
class BootstrapAdministrator implements ApplicationRunner {

	private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdministrator.class);

	private final BootstrapAdminProperties properties;
	private final AccountManagement accounts;
	private final AgencyCatalogue agencies;

	BootstrapAdministrator(BootstrapAdminProperties properties, AccountManagement accounts, AgencyCatalogue agencies) {
		this.properties = properties;
		this.accounts = accounts;
		this.agencies = agencies;
	}

	@Override
	public void run(ApplicationArguments args) {

		var email = properties.email();
		var password = properties.password();
		if (email == null || email.isBlank() || password == null || accounts.exists(email)) {
			return;
		}
		if (password.length() < 12) {
			throw new IllegalStateException("LAPOR_BOOTSTRAP_ADMIN_PASSWORD must have at least 12 characters");
		}

		var agency = agencies.findByCode("kemenpanrb-lapor")
				.orElseThrow(() -> new IllegalStateException("The national administrator body is missing"));
		accounts.createStaff(email, password, "Admin Nasional LAPOR!", Role.ADMIN, agency.id());
		LOG.info("Created the national administrator account {}", email);
	}
}

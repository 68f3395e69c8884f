package id.lapor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * LAPOR!: citizens' complaints, aspirations and information requests, routed to the body responsible for them.
 */
@Modulithic(systemName = "LAPOR!", sharedModules = "system")
@SpringBootApplication
@ConfigurationPropertiesScan
public class LaporApplication {

	public static void main(String[] args) {
		SpringApplication.run(LaporApplication.class, args);
	}
}

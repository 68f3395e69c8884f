package id.lapor;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on real PostgreSQL (embedded unless SPRING_DATASOURCE_URL or the testcontainers profile
 * say otherwise). All integration tests share this one configuration, so they share one application context.
 * Tests create the accounts and reports they need ({@link TestAccounts}, {@link TestReports}) and never assume an empty
 * database. The helpers are test components imported here, not found by the component scan, so that a module test
 * ({@code @ApplicationModuleTest}, which scans the root package {@code id.lapor} too) does not need the modules they
 * drive.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestAccounts.class, TestReports.class, TestMailbox.class, MockMvcSessionIds.class })
public @interface IntegrationTest {
}

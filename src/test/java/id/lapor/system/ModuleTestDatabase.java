package id.lapor.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.util.StringUtils;

/**
 * One PostgreSQL server for all module tests. Each {@code @ApplicationModuleTest} class starts an application context
 * of its own (the module under test is part of the context's key), and starting and migrating a database of its own
 * took most of each context's start. The server is embedded, started by the first module test that needs it, migrated
 * by that context's Flyway (the later ones only validate), and stopped after the last context using it closed; unless
 * {@code spring.datasource.url} points the tests at another server (the {@code testcontainers} profile).
 * <p>
 * Module tests therefore share data, as the integration tests do: each creates what it needs and never assumes an
 * empty database. The integration tests ({@code @IntegrationTest}) keep their own database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ContextConfiguration(initializers = ModuleTestDatabase.Initializer.class)
public @interface ModuleTestDatabase {

	class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		private static final Duration CLOSING = Duration.ofSeconds(20);

		private static @Nullable EmbeddedPostgres server;
		private static int contexts;

		@Override
		public void initialize(ConfigurableApplicationContext context) {

			var environment = context.getEnvironment();
			// Module contexts stay cached side by side, on whichever server, each holding its pool's connections open.
			TestPropertyValues.of("spring.datasource.hikari.maximum-pool-size=4").applyTo(environment);
			if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
				return;
			}
			var url = acquire();
			// Registered before any bean, so destroyed after all of them: the server outlives the context's connection
			// pool and whatever still asks it for a connection while the context closes (stopped earlier, that waited
			// 30 s for one).
			((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("moduleTestDatabase",
					Initializer::release);
			TestPropertyValues.of("spring.datasource.url=" + url, "spring.datasource.username=postgres",
					"spring.datasource.password=postgres").applyTo(environment);
		}

		private static synchronized String acquire() {
			if (server == null) {
				try {
					// The server the application embeds, throw-away as in the other tests.
					server = new EmbeddedDatabaseConfiguration()
							.embeddedPostgres(new EmbeddedDatabaseProperties(Path.of("unused"), 0, true));
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
				Runtime.getRuntime().addShutdownHook(new Thread(Initializer::stopWhenUnused, "module-test-database"));
			}
			contexts++;
			return server.getJdbcUrl("postgres", "postgres");
		}

		/** The last context using the server closed: stop it (a later module test starts a new one). */
		private static synchronized void release() {
			if (--contexts == 0) {
				stop();
			}
			Initializer.class.notifyAll();
		}

		/** At the JVM's exit, when the contexts close too: after them, or after a while if one does not. */
		private static synchronized void stopWhenUnused() {
			var deadline = System.nanoTime() + CLOSING.toNanos();
			try {
				while (server != null && contexts > 0 && System.nanoTime() < deadline) {
					Initializer.class.wait(100);
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			stop();
		}

		private static void stop() {
			var running = server;
			server = null;
			if (running != null) {
				try {
					running.close();
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}
	}
}

package id.lapor.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.lapor.IntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;

/**
 * {@code lapor.jobs.enabled=false} (tests, the generator, the benchmark) really switches the scheduled jobs off: no
 * library may turn scheduling on behind it.
 */
@IntegrationTest
class SchedulingTests {

	@Autowired ApplicationContext context;

	@Test
	void nothingIsScheduledWhenJobsAreOff() {
		assertThat(context.getBeanNamesForType(ScheduledAnnotationBeanPostProcessor.class)).isEmpty();
	}
}

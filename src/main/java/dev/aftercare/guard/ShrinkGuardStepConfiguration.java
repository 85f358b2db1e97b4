package dev.aftercare.guard;

import org.springframework.batch.core.Step;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import dev.aftercare.run.ThisRun;

/** The shrink guard's step, between the last file loaded and the first output. */
@Configuration(proxyBeanMethods = false)
class ShrinkGuardStepConfiguration {

	@Bean
	Step shrinkGuard(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
			ShrinkGuardProperties settings, ThisRun run) {
		return new StepBuilder("shrinkGuard", jobRepository)
			.tasklet(new ShrinkGuardTasklet(jdbc, settings, run), transactionManager)
			.build();
	}

}

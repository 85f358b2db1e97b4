package dev.aftercare.ledger;

import org.springframework.batch.core.Step;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import dev.aftercare.run.ThisRun;

/**
 * The ledger's two steps: what changed since the last successful run, written beside the
 * other outputs, and the run's credits recorded once every output is written.
 */
@Configuration(proxyBeanMethods = false)
class LedgerStepConfiguration {

	@Bean
	Step exportAdjustments(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcTemplate jdbc, ThisRun thisRun) {
		return new StepBuilder("exportAdjustments", jobRepository)
			.tasklet(new AdjustmentsTasklet(jdbc, thisRun), transactionManager)
			.build();
	}

	@Bean
	Step recordLedger(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
			ThisRun thisRun) {
		return new StepBuilder("recordLedger", jobRepository)
			.tasklet(new LedgerTasklet(jdbc, thisRun), transactionManager)
			.build();
	}

}

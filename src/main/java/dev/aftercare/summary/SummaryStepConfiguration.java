package dev.aftercare.summary;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.Step;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import dev.aftercare.run.ThisRun;

/**
 * The run's summary step: {@code run-summary.json}, once every other output is written.
 */
@Configuration(proxyBeanMethods = false)
class SummaryStepConfiguration {

	@Bean
	Step writeSummary(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RunSummaryWriter summaries, ThisRun run) {
		return new StepBuilder("writeSummary", jobRepository).tasklet((contribution, context) -> {
			Path staging = run.stagingDirectory();
			Files.createDirectories(staging);
			summaries.write(staging.resolve("run-summary.json"), run,
					contribution.getStepExecution().getJobExecution());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	RunSummaryWriter runSummaryWriter(JdbcTemplate jdbc, ObjectProvider<BuildProperties> build) {
		return new RunSummaryWriter(jdbc, JobVersion.of(build));
	}

}

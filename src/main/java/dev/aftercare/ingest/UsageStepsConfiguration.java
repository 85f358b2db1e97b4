package dev.aftercare.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import dev.aftercare.run.LocalPartitions;
import dev.aftercare.run.Partitions;
import dev.aftercare.run.RunStorage;
import dev.aftercare.run.ThisRun;

/**
 * The usage read, the input step whose cost grows with the data: its parts read in
 * partitions, side by side here or on worker processes ({@link Partitions}). What a
 * partition finds adds to what the others found (rejects and counts per part, reliance as
 * a union), so the outputs are the same however many partitions there are.
 */
@Configuration(proxyBeanMethods = false)
class UsageStepsConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(UsageStepsConfiguration.class);

	// more partitions than threads, so that a restart rereads less and the load evens
	// out; never more than parts
	static final int PARTITIONS = 2 * LocalPartitions.THREADS;

	@Bean
	ThreadPoolTaskExecutor usageReaders() {
		return LocalPartitions.threads("usage");
	}

	@Bean
	Step ingestUsage(JobRepository jobRepository, Step ingestUsagePart, UsagePartitioner usagePartitioner,
			ThreadPoolTaskExecutor usageReaders, Partitions partitions, JdbcTemplate jdbc) {
		return new StepBuilder(IngestFile.stepName(InputFile.USAGE), jobRepository)
			.partitioner("ingestUsagePart", usagePartitioner)
			.partitionHandler(partitions.handler(ingestUsagePart, PARTITIONS, usageReaders))
			.listener(new UsageLoaded(jdbc))
			.build();
	}

	@Bean
	Step ingestUsagePart(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
			ThisRun thisRun, RunCustomers runCustomers) {
		return new StepBuilder("ingestUsagePart", jobRepository)
			.tasklet(new UsageReadTasklet(jdbc, thisRun, runCustomers), transactionManager)
			.build();
	}

	@Bean
	@StepScope
	UsagePartitioner usagePartitioner(ThisRun thisRun) {
		return new UsagePartitioner(thisRun.parameters().input());
	}

	/**
	 * Once every partition is in, gives {@code reliance} fresh statistics for the queries
	 * of the later steps.
	 */
	static final class UsageLoaded implements StepExecutionListener {

		private final JdbcTemplate jdbc;

		UsageLoaded(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public ExitStatus afterStep(StepExecution stepExecution) {
			if (!stepExecution.getStatus().isUnsuccessful()) {
				RunStorage.analyze(this.jdbc, "reliance");
				logger.info("usage: {} rows read", stepExecution.getReadCount());
			}
			return null;
		}

	}

}

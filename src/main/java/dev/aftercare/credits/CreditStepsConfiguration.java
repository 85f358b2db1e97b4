package dev.aftercare.credits;

import javax.sql.DataSource;

import org.springframework.batch.core.Step;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.batch.item.database.JdbcCursorItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import dev.aftercare.credits.SubscriptionAssessor.Assessment;
import dev.aftercare.impact.IncidentCatalog;
import dev.aftercare.impact.IncidentCatalogs;
import dev.aftercare.run.RunTerms;
import dev.aftercare.run.LocalPartitions;
import dev.aftercare.run.Partitions;
import dev.aftercare.run.ThisRun;

/**
 * The compute step: each candidate subscription assessed by the plain rules, in customer
 * ranges side by side.
 */
@Configuration(proxyBeanMethods = false)
class CreditStepsConfiguration {

	// a chunk is one COPY per table, and the server sets up a row slot for each of the
	// first thousand rows of every COPY: the more rows per COPY, the less that costs
	static final int CHUNK_SIZE = 2000;

	// more partitions than threads, so that a restart redoes less and the load evens out
	static final int PARTITIONS = 4 * LocalPartitions.THREADS;

	@Bean
	ThreadPoolTaskExecutor assessWorkers() {
		return LocalPartitions.threads("assess");
	}

	/**
	 * The subscriptions in customer ranges, one worker per core here; the same partitions
	 * can go to remote workers (see docs/scaling.md).
	 */
	@Bean
	Step assessSubscriptions(JobRepository jobRepository, Step assessPartition, CustomerRangePartitioner partitioner,
			JdbcTemplate jdbc, ThreadPoolTaskExecutor assessWorkers, Partitions partitions) {
		return new StepBuilder("assessSubscriptions", jobRepository).partitioner("assessPartition", partitioner)
			.partitionHandler(partitions.handler(assessPartition, PARTITIONS, assessWorkers))
			.listener(new ResultStatistics(jdbc))
			.build();
	}

	@Bean
	@StepScope
	CustomerRangePartitioner customerRangePartitioner(JdbcTemplate jdbc, ThisRun thisRun) {
		return new CustomerRangePartitioner(jdbc, thisRun.id());
	}

	@Bean
	Step assessPartition(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcCursorItemReader<SubscriptionCandidate> candidateReader,
			ItemProcessor<SubscriptionCandidate, Assessment> assessmentProcessor, AssessmentWriter assessmentWriter) {
		return new StepBuilder("assessPartition", jobRepository)
			.<SubscriptionCandidate, Assessment>chunk(CHUNK_SIZE, transactionManager)
			.reader(candidateReader)
			.processor(assessmentProcessor)
			.writer(assessmentWriter)
			.build();
	}

	@Bean
	@StepScope
	JdbcCursorItemReader<SubscriptionCandidate> candidateReader(DataSource dataSource, ThisRun thisRun,
			@Value("#{stepExecutionContext['" + CustomerRangePartitioner.FIRST_CUSTOMER + "']}") String firstCustomer,
			@Value("#{stepExecutionContext['" + CustomerRangePartitioner.LAST_CUSTOMER + "']}") String lastCustomer) {
		return CandidateReader.create(dataSource, thisRun.id(), firstCustomer, lastCustomer);
	}

	@Bean
	@StepScope
	ItemProcessor<SubscriptionCandidate, Assessment> assessmentProcessor(IncidentCatalogs catalogs, RunTerms terms,
			ThisRun thisRun) {
		IncidentCatalog catalog = catalogs.of(thisRun);
		SubscriptionAssessor assessor = new SubscriptionAssessor(terms.of(thisRun.parameters()),
				thisRun.parameters().period());
		return (candidate) -> keepIfAny(assessor.assess(candidate.customer(), candidate.subscription(),
				candidate.incidentIds().stream().map(catalog::get).toList()));
	}

	@Bean
	@StepScope
	AssessmentWriter assessmentWriter(JdbcTemplate jdbc, ThisRun thisRun) {
		return new AssessmentWriter(jdbc, thisRun.id());
	}

	private static Assessment keepIfAny(Assessment assessment) {
		return (assessment.affected().isEmpty() && assessment.credit().isEmpty()) ? null : assessment;
	}

}

package dev.aftercare.credits;

import javax.sql.DataSource;

import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
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
import dev.aftercare.impact.IncidentCatalogLoader;
import dev.aftercare.impact.ImpactWindowsTasklet;
import dev.aftercare.run.RunParameters;
import dev.aftercare.run.RunTerms;

/**
 * The two compute steps: impact windows per (incident, service, region), then each
 * candidate subscription assessed by the plain rules.
 */
@Configuration(proxyBeanMethods = false)
class CreditStepsConfiguration {

	// a chunk is one COPY per table, and the server sets up a row slot for each of the
	// first thousand rows of every COPY: the more rows per COPY, the less that costs
	static final int CHUNK_SIZE = 2000;

	static final int WORKERS = Math.max(2, Runtime.getRuntime().availableProcessors());

	// more partitions than workers, so that a restart redoes less and the load evens out
	static final int PARTITIONS = 4 * WORKERS;

	@Bean
	IncidentCatalogLoader incidentCatalogLoader(JdbcTemplate jdbc, RunTerms terms) {
		return new IncidentCatalogLoader(jdbc, terms);
	}

	@Bean
	Step impactWindows(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
			IncidentCatalogLoader catalogs, RunTerms terms) {
		return new StepBuilder("impactWindows", jobRepository)
			.tasklet(new ImpactWindowsTasklet(jdbc, catalogs, terms), transactionManager)
			.build();
	}

	/**
	 * The subscriptions in customer ranges, one worker per core here; the same partitions
	 * can go to remote workers (see docs/scaling.md).
	 */
	@Bean
	Step assessSubscriptions(JobRepository jobRepository, Step assessPartition, CustomerRangePartitioner partitioner,
			JdbcTemplate jdbc) {
		ThreadPoolTaskExecutor workers = new ThreadPoolTaskExecutor();
		workers.setCorePoolSize(WORKERS);
		workers.setThreadNamePrefix("assess-");
		workers.initialize();
		return new StepBuilder("assessSubscriptions", jobRepository).partitioner("assessPartition", partitioner)
			.step(assessPartition)
			.gridSize(PARTITIONS)
			.taskExecutor(workers)
			.listener(new ResultStatistics(jdbc))
			.build();
	}

	@Bean
	@StepScope
	CustomerRangePartitioner customerRangePartitioner(JdbcTemplate jdbc,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		return new CustomerRangePartitioner(jdbc, RunParameters.runId(stepExecution));
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
	JdbcCursorItemReader<SubscriptionCandidate> candidateReader(DataSource dataSource,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		return CandidateReader.create(dataSource, RunParameters.runId(stepExecution),
				stepExecution.getExecutionContext().getString(CustomerRangePartitioner.FIRST_CUSTOMER),
				stepExecution.getExecutionContext().getString(CustomerRangePartitioner.LAST_CUSTOMER));
	}

	@Bean
	@StepScope
	ItemProcessor<SubscriptionCandidate, Assessment> assessmentProcessor(IncidentCatalogLoader catalogs, RunTerms terms,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		IncidentCatalog catalog = catalogs.load(stepExecution);
		SubscriptionAssessor assessor = new SubscriptionAssessor(terms.of(stepExecution),
				RunParameters.of(stepExecution).period());
		return (candidate) -> keepIfAny(assessor.assess(candidate.customer(), candidate.subscription(),
				candidate.incidentIds().stream().map(catalog::get).toList()));
	}

	@Bean
	@StepScope
	AssessmentWriter assessmentWriter(JdbcTemplate jdbc, @Value("#{stepExecution}") StepExecution stepExecution) {
		return new AssessmentWriter(jdbc, RunParameters.runId(stepExecution));
	}

	private static Assessment keepIfAny(Assessment assessment) {
		return (assessment.affected().isEmpty() && assessment.credit().isEmpty()) ? null : assessment;
	}

}

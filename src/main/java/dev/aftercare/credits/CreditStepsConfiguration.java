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
import org.springframework.transaction.PlatformTransactionManager;

import dev.aftercare.credits.SubscriptionAssessor.Assessment;
import dev.aftercare.impact.IncidentCatalog;
import dev.aftercare.impact.IncidentCatalogLoader;
import dev.aftercare.impact.ImpactWindowsTasklet;
import dev.aftercare.system.RunParameters;
import dev.aftercare.system.RunTerms;

/**
 * The two compute steps: impact windows per (incident, service, region), then each
 * candidate subscription assessed by the plain rules.
 */
@Configuration(proxyBeanMethods = false)
class CreditStepsConfiguration {

	static final int CHUNK_SIZE = 500;

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

	@Bean
	Step assessSubscriptions(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcCursorItemReader<SubscriptionCandidate> candidateReader,
			ItemProcessor<SubscriptionCandidate, Assessment> assessmentProcessor, AssessmentWriter assessmentWriter) {
		return new StepBuilder("assessSubscriptions", jobRepository)
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
		return CandidateReader.create(dataSource, RunParameters.runId(stepExecution));
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

package dev.aftercare.impact;

import org.springframework.batch.core.Step;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import dev.aftercare.run.RunTerms;
import dev.aftercare.run.ThisRun;

/**
 * The impact windows step, and the run's incident catalog that it builds first and the
 * later steps share.
 */
@Configuration(proxyBeanMethods = false)
class ImpactStepConfiguration {

	@Bean
	IncidentCatalogs incidentCatalogs(JdbcTemplate jdbc, RunTerms terms) {
		return new IncidentCatalogs(jdbc, terms);
	}

	@Bean
	Step impactWindows(JobRepository jobRepository, PlatformTransactionManager transactionManager, JdbcTemplate jdbc,
			IncidentCatalogs catalogs, RunTerms terms, ThisRun thisRun) {
		return new StepBuilder("impactWindows", jobRepository)
			.tasklet(new ImpactWindowsTasklet(jdbc, catalogs, terms, thisRun), transactionManager)
			.build();
	}

}

package dev.aftercare.reports.pdf;

import org.springframework.batch.core.Step;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import dev.aftercare.impact.IncidentCatalogs;
import dev.aftercare.reports.ReportSettings;
import dev.aftercare.run.RunTerms;
import dev.aftercare.run.ThisRun;

/** The step that writes the postmortems and the monthly reliability report. */
@Configuration(proxyBeanMethods = false)
class PostmortemStepConfiguration {

	@Bean
	Step writePostmortems(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			IncidentCatalogs catalogs, RunTerms terms, JdbcTemplate jdbc, ReportSettings settings,
			PdfSettings pdfSettings, ThisRun thisRun) {
		return new StepBuilder("writePostmortems", jobRepository)
			.tasklet(new PostmortemTasklet(catalogs, terms, new PostmortemStore(jdbc), settings, pdfSettings, thisRun),
					transactionManager)
			.build();
	}

	@Bean
	PostmortemPreflightCheck postmortemPreflightCheck(ReportSettings settings, PdfSettings pdfSettings) {
		return new PostmortemPreflightCheck(settings, pdfSettings);
	}

}

package dev.aftercare.reports.xlsx;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.batch.core.Step;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import dev.aftercare.impact.IncidentCatalogLoader;
import dev.aftercare.reports.ReportSettings;
import dev.aftercare.system.PreflightCheck;

/**
 * The step that writes {@code credit-review.xlsx} and {@code follow-up.xlsx}, and the
 * check of their message templates before a run starts.
 */
@Configuration(proxyBeanMethods = false)
class WorkbookStepConfiguration {

	@Bean
	Step writeWorkbooks(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DataSource dataSource, IncidentCatalogLoader incidentCatalogLoader, ReportSettings reportSettings) {
		// rows stream from a cursor: a million credit lines never sit in memory
		JdbcTemplate streaming = new JdbcTemplate(dataSource);
		streaming.setFetchSize(1000);
		return new StepBuilder("writeWorkbooks", jobRepository)
			.tasklet(new WorkbooksTasklet(new WorkbookData(streaming), incidentCatalogLoader, reportSettings,
					Clock.systemUTC()), transactionManager)
			.build();
	}

	@Bean
	PreflightCheck messageTemplatesCheck(ReportSettings reportSettings) {
		return new MessageTemplatesCheck(reportSettings);
	}

}

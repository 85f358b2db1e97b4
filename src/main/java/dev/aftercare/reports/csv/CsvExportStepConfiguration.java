package dev.aftercare.reports.csv;

import javax.sql.DataSource;

import org.springframework.batch.core.Step;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import dev.aftercare.run.ThisRun;

/** The step that writes the run's CSV outputs. */
@Configuration(proxyBeanMethods = false)
class CsvExportStepConfiguration {

	@Bean
	Step exportCsv(JobRepository jobRepository, PlatformTransactionManager transactionManager, DataSource dataSource,
			ThisRun thisRun) {
		// rows stream from a cursor: a million credit lines never sit in memory
		JdbcTemplate streaming = new JdbcTemplate(dataSource);
		streaming.setFetchSize(1000);
		return new StepBuilder("exportCsv", jobRepository)
			.tasklet(new CsvExportTasklet(streaming, thisRun), transactionManager)
			.build();
	}

}

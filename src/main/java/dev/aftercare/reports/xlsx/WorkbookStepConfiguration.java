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

import dev.aftercare.approvals.DecisionStore;
import dev.aftercare.approvals.FollowUpNotes;
import dev.aftercare.impact.IncidentCatalogs;
import dev.aftercare.reports.ReportSettings;
import dev.aftercare.run.PreflightCheck;
import dev.aftercare.run.ThisRun;

/**
 * The steps that write {@code credit-review.xlsx} and {@code follow-up.xlsx}, and the
 * check of their message templates before a run starts.
 */
@Configuration(proxyBeanMethods = false)
class WorkbookStepConfiguration {

	@Bean
	Step writeCreditReview(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DataSource dataSource, IncidentCatalogs incidentCatalogs, ReportSettings reportSettings,
			DecisionStore decisionStore, ThisRun thisRun) {
		return new StepBuilder("writeCreditReview", jobRepository)
			.tasklet(new CreditReviewTasklet(streamingData(dataSource), incidentCatalogs, reportSettings,
					Clock.systemUTC(), decisionStore, thisRun), transactionManager)
			.build();
	}

	@Bean
	Step writeFollowUp(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DataSource dataSource, IncidentCatalogs incidentCatalogs, ReportSettings reportSettings,
			FollowUpNotes followUpNotes, ThisRun thisRun) {
		return new StepBuilder("writeFollowUp", jobRepository)
			.tasklet(new FollowUpTasklet(streamingData(dataSource), incidentCatalogs, reportSettings, followUpNotes,
					thisRun), transactionManager)
			.build();
	}

	private static WorkbookData streamingData(DataSource dataSource) {
		// rows stream from a cursor: a million credit lines never sit in memory
		JdbcTemplate streaming = new JdbcTemplate(dataSource);
		streaming.setFetchSize(1000);
		return new WorkbookData(streaming);
	}

	@Bean
	PreflightCheck messageTemplatesCheck(ReportSettings reportSettings) {
		return new MessageTemplatesCheck(reportSettings);
	}

}

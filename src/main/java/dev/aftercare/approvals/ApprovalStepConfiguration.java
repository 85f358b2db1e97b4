package dev.aftercare.approvals;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.Step;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import dev.aftercare.run.RunParameters;
import dev.aftercare.run.ThisRun;

/**
 * The credit run's steps for human work and billing: carry the reviewed workbooks in
 * place over before new ones are written, hand approved changes to billing once the run
 * is recorded, and archive what the run said.
 */
@Configuration(proxyBeanMethods = false)
class ApprovalStepConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(ApprovalStepConfiguration.class);

	@Bean
	Step carryOverReviews(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ApprovalImport approvals, FollowUpNotes followUpNotes, ThisRun run) {
		return new StepBuilder("carryOverReviews", jobRepository).tasklet((contribution, context) -> {
			RunParameters parameters = run.parameters();
			Path inPlace = parameters.periodDirectory();
			Path review = inPlace.resolve("credit-review.xlsx");
			Path followUp = inPlace.resolve("follow-up.xlsx");
			Path kept = RunArchive.of(parameters).resolve(RunArchive.BEFORE_RUN);
			RunArchive.copyIfThere(review, kept);
			RunArchive.copyIfThere(followUp, kept);
			if (review.toFile().isFile()) {
				try {
					logger.info("Carried over: {}",
							approvals.take(review, parameters.period(), ApprovalImport.CARRIED_OVER).describe());
				}
				catch (WorkbookRefusedException ex) {
					// the run goes on; the workbook is kept in the archive, and approve
					// says the same when given it
					logger.warn("Decisions of {} not carried over: {}", review, ex.getMessage());
				}
			}
			followUpNotes.carryOver(followUp, parameters.period().toString());
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	Step handOffToBilling(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			AutoApproval autoApproval, BillingOutbox outbox, ThisRun run) {
		return new StepBuilder("handOffToBilling", jobRepository).tasklet((contribution, context) -> {
			RunParameters parameters = run.parameters();
			String period = parameters.period().toString();
			autoApproval.approve(period, run.id());
			outbox.handOff(period, BillingOutbox.of(parameters.output()));
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	Step archiveRun(JobRepository jobRepository, PlatformTransactionManager transactionManager, ThisRun run) {
		return new StepBuilder("archiveRun", jobRepository).tasklet((contribution, context) -> {
			RunParameters parameters = run.parameters();
			int files = RunArchive.copyFiles(parameters.stagingDirectory(), RunArchive.of(parameters));
			logger.info("Archived {} files of run {} in {}", files, parameters.run(), RunArchive.of(parameters));
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

}

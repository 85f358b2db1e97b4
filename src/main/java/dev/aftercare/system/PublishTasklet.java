package dev.aftercare.system;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * The last step: the run summary goes next to the other outputs, and all of them move
 * into {@code OUTPUT/<period>/} at once.
 */
public class PublishTasklet implements Tasklet {

	private final RunSummaryWriter summaries;

	public PublishTasklet(RunSummaryWriter summaries) {
		this.summaries = summaries;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		RunParameters parameters = RunParameters.of(contribution.getStepExecution());
		Path staging = parameters.stagingDirectory();
		Files.createDirectories(staging);
		this.summaries.write(staging.resolve("run-summary.json"), contribution.getStepExecution());
		OutputPublisher.publish(staging, parameters.periodDirectory());
		return RepeatStatus.FINISHED;
	}

}

package dev.aftercare.system;

import dev.aftercare.run.RunParameters;
import dev.aftercare.run.ThisRun;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;

/**
 * The last step: all outputs move into {@code OUTPUT/<period>/} at once. Done again after
 * a crash, it finds the staging directory gone and has nothing left to do.
 */
class PublishTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(PublishTasklet.class);

	private final ThisRun run;

	PublishTasklet(ThisRun run) {
		this.run = run;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		RunParameters parameters = this.run.parameters();
		Path staging = parameters.stagingDirectory();
		if (!Files.isDirectory(staging)) {
			logger.info("The outputs of run {} are already in {}", parameters.run(), parameters.periodDirectory());
			return RepeatStatus.FINISHED;
		}
		OutputPublisher.publish(staging, parameters.periodDirectory());
		return RepeatStatus.FINISHED;
	}

}

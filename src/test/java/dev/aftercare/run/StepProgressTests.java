package dev.aftercare.run;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class StepProgressTests {

	private final StepProgress listener = new StepProgress();

	@BeforeEach
	void everyUpdateLogs() {
		Progress.configure(true, Duration.ZERO);
	}

	@AfterEach
	void asByDefault() {
		Progress.configure(true, Duration.ofSeconds(5));
	}

	@Test
	void aChunkStepsLineCountsItsRowsAndTheShareOfItsFileItsReaderSaved(CapturedOutput output) {
		StepExecution step = MetaDataInstanceFactory.createStepExecution("ingestSubscriptions", 41L);
		step.setReadCount(20_000);
		step.getExecutionContext().putLong(StepProgress.DONE, 250);
		step.getExecutionContext().putLong(StepProgress.TOTAL, 1000);
		this.listener.beforeStep(step);
		this.listener.afterChunk(new ChunkContext(new StepContext(step)));
		this.listener.afterStep(step);
		assertThat(output.getOut())
			.containsPattern("ingestSubscriptions: 20,000 rows, [0-9,]+ rows/s, 25 % done, about");
	}

	@Test
	void aStepThatReadsNoRowsSaysNothing(CapturedOutput output) {
		StepExecution step = MetaDataInstanceFactory.createStepExecution("writePostmortems", 42L);
		this.listener.beforeStep(step);
		this.listener.afterChunk(new ChunkContext(new StepContext(step)));
		this.listener.afterStep(step);
		assertThat(output.getOut()).doesNotContain("writePostmortems");
	}

	@Test
	void aTaskletReportsThroughItsStepsOwnProgress(CapturedOutput output) {
		StepExecution step = MetaDataInstanceFactory.createStepExecution("ingestUsage", 43L);
		this.listener.beforeStep(step);
		StepSynchronizationManager.register(step);
		try {
			Progress progress = StepProgress.current("fallback");
			assertThat(StepProgress.current("fallback")).isSameAs(progress);
			progress.update(3_000, -1, -1);
		}
		finally {
			StepSynchronizationManager.close();
			this.listener.afterStep(step);
		}
		assertThat(output.getOut()).contains("ingestUsage: 3,000 rows").doesNotContain("fallback");
	}

	@Test
	void outsideAStepATaskletHasAProgressOfItsOwn(CapturedOutput output) {
		Progress progress = StepProgress.current("alone");
		assertThat(StepProgress.current("alone")).isNotSameAs(progress);
		progress.update(10, 1, 10);
		assertThat(output.getOut()).contains("alone: 10 rows");
	}

}

package dev.aftercare.system;

import dev.aftercare.run.RunParameters;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;

import static org.assertj.core.api.Assertions.assertThat;

/** What the one line on stderr says, wherever the run was when it was stopped. */
class RunStopNoticeTests {

	private final RunStopNotice notice = new RunStopNotice();

	private final JobExecution job = new JobExecution(new JobInstance(11L, "creditRun"), 12L,
			new RunParameters(YearMonth.of(2026, 10), 3, Path.of("in"), Path.of("out"), null, "", false)
				.toJobParameters());

	@Test
	void beforeAnyStepItSaysToRunAgain() {
		assertThat(this.notice.line()).isEqualTo(
				"aftercare: stopped by SIGTERM or SIGINT before the run's first step; run the same command again");
	}

	@Test
	void inAStepItNamesTheStepAndTheRun() {
		step("prepareRun", BatchStatus.COMPLETED);
		this.notice.beforeChunk(chunkOf(step("ingestUsage", BatchStatus.STARTED)));
		assertThat(this.notice.line()).isEqualTo("aftercare: stopped by SIGTERM or SIGINT during step ingestUsage "
				+ "of run 3 of 2026-10; run the same command again to resume it");
	}

	@Test
	void inTheParallelOutputStepsItNamesEachOnceAndAPartitionByItsStep() {
		step("exportCsv", BatchStatus.COMPLETED);
		this.notice.beforeChunk(chunkOf(step("writeCreditReview", BatchStatus.STARTED)));
		step("assessPartition:partition0", BatchStatus.STARTED);
		step("assessPartition:partition1", BatchStatus.STARTED);
		assertThat(this.notice.line()).contains("during steps writeCreditReview, assessPartition of run 3 of 2026-10;");
	}

	@Test
	void betweenStepsItNamesTheLastOne() {
		this.notice.beforeChunk(chunkOf(step("recordLedger", BatchStatus.COMPLETED)));
		assertThat(this.notice.line()).contains("stopped by SIGTERM or SIGINT after step recordLedger of run 3");
	}

	private StepExecution step(String name, BatchStatus status) {
		StepExecution step = this.job.createStepExecution(name);
		step.setStatus(status);
		return step;
	}

	private static ChunkContext chunkOf(StepExecution step) {
		return new ChunkContext(new StepContext(step));
	}

}

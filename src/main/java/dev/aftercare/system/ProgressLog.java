package dev.aftercare.system;

import dev.aftercare.run.Progress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;

import dev.aftercare.ingest.CsvRowReader;

/**
 * Shows chunk-oriented steps moving through {@link Progress}: rows read, rate, and the
 * time left from how much of the file is read.
 */
class ProgressLog implements ChunkListener {

	private final Map<Long, Progress> steps = new ConcurrentHashMap<>();

	@Override
	public void afterChunk(ChunkContext context) {
		StepExecution step = context.getStepContext().getStepExecution();
		if (step.getReadCount() == 0) {
			// a step that writes files reads no rows: a line of zeros says nothing
			return;
		}
		this.steps.computeIfAbsent(step.getId(), (id) -> new Progress(step.getStepName()))
			.update(step.getReadCount(), step.getExecutionContext().getLong(CsvRowReader.PROGRESS_DONE, -1),
					step.getExecutionContext().getLong(CsvRowReader.PROGRESS_TOTAL, -1));
	}

}

package dev.aftercare.run;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.item.ExecutionContext;

/**
 * The one progress listener, given to every step of the job: each step execution has one
 * {@link Progress}. A chunk step's lines come after its chunks, from the rows it read and
 * the share of its file its reader put in the step's context ({@link #DONE} of
 * {@link #TOTAL}); a tasklet that goes through a long loop in one call takes its step's
 * {@link #current} and updates it as it goes.
 */
public class StepProgress implements StepExecutionListener, ChunkListener {

	/** Execution-context keys a reader sets: how much of how much is done. */
	public static final String DONE = "progress.done";

	public static final String TOTAL = "progress.total";

	// partitions and split flows run steps on threads of their own: the step execution,
	// not the thread, is what a line belongs to
	private static final Map<Long, Progress> steps = new ConcurrentHashMap<>();

	@Override
	public void beforeStep(StepExecution step) {
		steps.put(step.getId(), new Progress(step.getStepName()));
	}

	@Override
	public void afterChunk(ChunkContext context) {
		StepExecution step = context.getStepContext().getStepExecution();
		if (step.getReadCount() == 0) {
			// a step that writes files reads no rows: a line of zeros says nothing
			return;
		}
		ExecutionContext saved = step.getExecutionContext();
		of(step).update(step.getReadCount(), saved.getLong(DONE, -1), saved.getLong(TOTAL, -1));
	}

	@Override
	public ExitStatus afterStep(StepExecution step) {
		steps.remove(step.getId());
		return null;
	}

	/**
	 * The progress of the step this thread works for, or, outside a step (a test of the
	 * tasklet alone), one of its own named {@code name}.
	 */
	public static Progress current(String name) {
		StepContext context = StepSynchronizationManager.getContext();
		return (context != null) ? of(context.getStepExecution()) : new Progress(name);
	}

	private static Progress of(StepExecution step) {
		return steps.computeIfAbsent(step.getId(), (id) -> new Progress(step.getStepName()));
	}

}

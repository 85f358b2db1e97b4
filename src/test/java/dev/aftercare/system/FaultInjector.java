package dev.aftercare.system;

import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * Makes a chosen step fail once, inside the transaction of one of its chunks, the way a
 * crash or a lost database connection would; or once its chunk has committed, the way a
 * process killed before the step was recorded as done would.
 */
public class FaultInjector implements ChunkListener {

	private String step;

	private int chunk;

	private boolean afterCommit;

	private int seen;

	/**
	 * The next run fails in {@code step}, in its {@code chunk}-th chunk (1 for the
	 * first).
	 */
	public synchronized void failOnce(String step, int chunk) {
		arm(step, chunk, false);
	}

	/**
	 * The next run fails in {@code step} once its first chunk has done its work and
	 * committed, before the step is recorded as completed: a restart runs the step again
	 * on what it already did.
	 */
	public synchronized void failOnceAfterWork(String step) {
		arm(step, 1, true);
	}

	private void arm(String step, int chunk, boolean afterCommit) {
		this.step = step;
		this.chunk = chunk;
		this.afterCommit = afterCommit;
		this.seen = 0;
	}

	@Override
	public synchronized void beforeChunk(ChunkContext context) {
		if (!this.afterCommit) {
			failIfChosen(context, "injected fault in chunk ");
		}
	}

	@Override
	public synchronized void afterChunk(ChunkContext context) {
		if (this.afterCommit) {
			failIfChosen(context, "injected fault after the work of chunk ");
		}
	}

	private void failIfChosen(ChunkContext context, String message) {
		if (this.step != null && this.step.equals(context.getStepContext().getStepName())
				&& ++this.seen == this.chunk) {
			this.step = null;
			throw new IllegalStateException(message + this.chunk);
		}
	}

}

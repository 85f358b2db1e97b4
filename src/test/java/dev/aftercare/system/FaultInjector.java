package dev.aftercare.system;

import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * Makes a chosen step fail once, inside the transaction of one of its chunks, the way a
 * crash or a lost database connection would.
 */
public class FaultInjector implements ChunkListener {

	private String step;

	private int chunk;

	private int seen;

	/**
	 * The next run fails in {@code step}, in its {@code chunk}-th chunk (1 for the
	 * first).
	 */
	public synchronized void failOnce(String step, int chunk) {
		this.step = step;
		this.chunk = chunk;
		this.seen = 0;
	}

	@Override
	public synchronized void beforeChunk(ChunkContext context) {
		if (this.step != null && this.step.equals(context.getStepContext().getStepName())
				&& ++this.seen == this.chunk) {
			this.step = null;
			throw new IllegalStateException("injected fault in chunk " + this.chunk);
		}
	}

}

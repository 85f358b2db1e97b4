package dev.aftercare.system;

import java.util.concurrent.CountDownLatch;

import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * Holds a run of a child JVM inside a chosen step until the JVM is stopped, so that a
 * test can signal it at a known step without racing it. Added to the application with
 * {@code --spring.main.sources=dev.aftercare.system.PauseInStep} and
 * {@code -Daftercare.test.pause-in-step=STEP}; deliberately no {@code @Component}, so
 * that no other test's context picks it up.
 */
public class PauseInStep implements ChunkListener {

	private final String step = System.getProperty("aftercare.test.pause-in-step");

	@Override
	public void beforeChunk(ChunkContext context) {
		if (!context.getStepContext().getStepName().equals(this.step)) {
			return;
		}
		System.out.println("paused in step " + this.step);
		System.out.flush();
		CountDownLatch never = new CountDownLatch(1);
		while (true) {
			try {
				never.await();
			}
			catch (InterruptedException ex) {
				// only the end of the JVM ends the pause
			}
		}
	}

}

package dev.aftercare.workers;

import java.util.concurrent.CountDownLatch;

import org.springframework.batch.core.ChunkListener;
import org.springframework.batch.core.scope.context.ChunkContext;

/**
 * Holds a worker's first compute partition once its first chunk is committed, until the
 * JVM is killed: a partition half done, at a point the test knows. Put on a worker's
 * class path with {@code -Dloader.path} and added with
 * {@code --spring.main.sources=dev.aftercare.workers.PauseAfterFirstChunk}; deliberately
 * no {@code @Component}, so that no other context picks it up.
 */
public class PauseAfterFirstChunk implements ChunkListener {

	@Override
	public void afterChunk(ChunkContext context) {
		String step = context.getStepContext().getStepName();
		if (!step.startsWith("assessPartition:")) {
			return;
		}
		System.out.println("paused after the first chunk of " + step);
		System.out.flush();
		CountDownLatch never = new CountDownLatch(1);
		while (true) {
			try {
				never.await();
			}
			catch (InterruptedException ex) {
				// only kill -9 ends the pause
			}
		}
	}

}

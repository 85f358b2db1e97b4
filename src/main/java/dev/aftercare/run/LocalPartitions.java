package dev.aftercare.run;

import org.springframework.batch.core.Step;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The default: every partition runs on a thread of this process. */
public class LocalPartitions implements Partitions {

	/** Partitions this process runs side by side: one a core, at least two. */
	public static final int THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

	/**
	 * The threads of a step's partitions in this process, {@link #THREADS} of them, named
	 * {@code namePrefix-N}: for a bean, so that the context shuts them down with it.
	 */
	public static ThreadPoolTaskExecutor threads(String namePrefix) {
		ThreadPoolTaskExecutor threads = new ThreadPoolTaskExecutor();
		threads.setCorePoolSize(THREADS);
		threads.setThreadNamePrefix(namePrefix + "-");
		return threads;
	}

	@Override
	public PartitionHandler handler(Step workerStep, int gridSize, TaskExecutor localThreads) {
		TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
		handler.setStep(workerStep);
		handler.setGridSize(gridSize);
		handler.setTaskExecutor(localThreads);
		return handler;
	}

}

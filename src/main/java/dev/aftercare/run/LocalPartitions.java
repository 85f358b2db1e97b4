package dev.aftercare.run;

import org.springframework.batch.core.Step;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.core.task.TaskExecutor;

/** The default: every partition runs on a thread of this process. */
public class LocalPartitions implements Partitions {

	@Override
	public PartitionHandler handler(Step workerStep, int gridSize, TaskExecutor localThreads) {
		TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
		handler.setStep(workerStep);
		handler.setGridSize(gridSize);
		handler.setTaskExecutor(localThreads);
		return handler;
	}

}

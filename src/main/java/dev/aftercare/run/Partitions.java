package dev.aftercare.run;

import org.springframework.batch.core.Step;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.core.task.TaskExecutor;

/**
 * Where the partitions of a partitioned step run: on threads of this process by default,
 * or on worker processes when the job is given a broker (docs/scaling.md). The steps
 * whose cost grows with the data, the usage read and the compute, take their handler from
 * here, so that neither knows which.
 */
public interface Partitions {

	/**
	 * A handler for the partitions of {@code workerStep}: {@code gridSize} is what the
	 * partitioner is asked for, {@code localThreads} what runs them when this process
	 * runs them itself.
	 */
	PartitionHandler handler(Step workerStep, int gridSize, TaskExecutor localThreads);

}

package dev.aftercare.workers;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import dev.aftercare.run.LocalPartitions;

/**
 * How the manager and its workers meet.
 *
 * @param queue the broker's queue of partition requests, shared by manager and workers
 * @param timeout how long the manager waits for all partitions of a step; a worker killed
 * mid-partition never reports back, and this is when the run says so
 * @param pollInterval how often the manager reads the workers' progress from the job
 * repository
 * @param threads partitions a worker runs side by side
 * @param steps the worker steps a worker runs, by bean name; a request for any other is
 * refused
 */
@ConfigurationProperties("aftercare.workers")
record WorkersProperties(@DefaultValue("aftercare.partitions") String queue, @DefaultValue("1h") Duration timeout,
		@DefaultValue("1s") Duration pollInterval, Integer threads, @DefaultValue( {
				"ingestUsagePart", "assessPartition" }) List<String> steps){

	int threadsOrCores() {
		return (this.threads != null) ? this.threads : LocalPartitions.THREADS;
	}

}

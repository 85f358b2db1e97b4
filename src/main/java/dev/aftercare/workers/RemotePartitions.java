package dev.aftercare.workers;

import org.springframework.batch.core.Step;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.core.task.TaskExecutor;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.jms.core.JmsTemplate;

import dev.aftercare.run.Partitions;

/**
 * Partitions on worker processes: each one a request on the broker's queue, taken by
 * whichever worker is free, and its outcome read back from the shared job repository.
 */
class RemotePartitions implements Partitions {

	private final JmsTemplate jms;

	private final JobExplorer explorer;

	private final JobRepository repository;

	private final WorkersProperties properties;

	RemotePartitions(JmsTemplate jms, JobExplorer explorer, JobRepository repository, WorkersProperties properties) {
		this.jms = jms;
		this.explorer = explorer;
		this.repository = repository;
		this.properties = properties;
	}

	@Override
	public PartitionHandler handler(Step workerStep, int gridSize, TaskExecutor localThreads) {
		RemotePartitionHandler handler = new RemotePartitionHandler(this.explorer, this.repository,
				this.properties.timeout(), workerStep.getName());
		MessagingTemplate requests = new MessagingTemplate(new PartitionRequests(this.jms, this.properties.queue()));
		handler.setMessagingOperations(requests);
		handler.setGridSize(gridSize);
		handler.setPollInterval(this.properties.pollInterval().toMillis());
		try {
			handler.afterPropertiesSet();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return handler;
	}

}

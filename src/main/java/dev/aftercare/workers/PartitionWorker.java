package dev.aftercare.workers;

import java.util.Set;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.Step;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.ListableBeanFactory;

/**
 * Runs the partitions the manager asks for. A request is taken off the queue as it is
 * received, so a worker killed mid-partition leaves its partition to the manager's
 * timeout and the next run rather than to another worker, which could otherwise find it
 * half done, or still being done. A request whose run has ended or whose partition has
 * already been taken, left on the queue by a manager that stopped, is dropped.
 */
class PartitionWorker implements MessageListener {

	private static final Logger logger = LoggerFactory.getLogger(PartitionWorker.class);

	private final JobExplorer explorer;

	private final JobRepository repository;

	private final StepExecutionRequestHandler handler = new StepExecutionRequestHandler();

	PartitionWorker(JobExplorer explorer, JobRepository repository, ListableBeanFactory beans, Set<String> steps) {
		this.explorer = explorer;
		this.repository = repository;
		this.handler.setJobExplorer(explorer);
		this.handler.setStepLocator(new StepLocator() {

			@Override
			public Step getStep(String name) {
				return steps.contains(name) ? beans.getBean(name, Step.class) : null;
			}

			@Override
			public java.util.Collection<String> getStepNames() {
				return steps;
			}

		});
	}

	@Override
	public void onMessage(Message message) {
		StepExecutionRequest request;
		try {
			request = PartitionRequests.read((MapMessage) message);
		}
		catch (JMSException | RuntimeException ex) {
			// anyone who can write to the queue can send anything: a missing or wrong
			// value
			// (a NumberFormatException, a ClassCastException) is dropped like a wrong
			// type
			logger.error("Not a partition request, dropped: {}", message, ex);
			return;
		}
		StepExecution partition = this.explorer.getStepExecution(request.getJobExecutionId(),
				request.getStepExecutionId());
		if (partition == null || partition.getStatus() != BatchStatus.STARTING
				|| !partition.getJobExecution().isRunning()) {
			logger.warn("Dropped {}: {}", request,
					(partition == null) ? "no such partition"
							: "partition " + partition.getStatus().toString().toLowerCase() + ", run "
									+ partition.getJobExecution().getStatus().toString().toLowerCase());
			return;
		}
		logger.info("Partition {} of job execution {} started", partition.getStepName(), request.getJobExecutionId());
		long started = System.nanoTime();
		StepExecution done = this.handler.handle(request);
		if (!done.getFailureExceptions().isEmpty() && done.getStatus() == BatchStatus.FAILED) {
			// the step could not record its own end: the manager learns it from here
			this.repository.update(done);
		}
		logger.info("Partition {} of job execution {} {} in {} ms: {} read, {} written", done.getStepName(),
				request.getJobExecutionId(), done.getStatus().toString().toLowerCase(),
				(System.nanoTime() - started) / 1_000_000, done.getReadCount(), done.getWriteCount());
	}

}

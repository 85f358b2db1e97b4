package dev.aftercare.workers;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Spring Batch's remote partition handler, reading the workers' outcome from the job
 * repository, that also gives up the partitions no worker finished in time: Spring Batch
 * refuses to restart a partition still marked started, and a worker killed mid-partition
 * leaves it so. Marked failed, the same command run again redoes them, and only them.
 */
class RemotePartitionHandler extends MessageChannelPartitionHandler {

	private static final Logger logger = LoggerFactory.getLogger(RemotePartitionHandler.class);

	private final JobExplorer explorer;

	private final JobRepository repository;

	private final Duration timeout;

	private final String workerStep;

	RemotePartitionHandler(JobExplorer explorer, JobRepository repository, Duration timeout, String workerStep) {
		this.explorer = explorer;
		this.repository = repository;
		this.timeout = timeout;
		this.workerStep = workerStep;
		setStepName(workerStep);
		setJobExplorer(explorer);
		setTimeout(timeout.toMillis());
	}

	@Override
	protected Set<StepExecution> doHandle(StepExecution managerStepExecution, Set<StepExecution> partitions)
			throws Exception {
		logger.info("{}: {} partitions of {} sent to the workers", managerStepExecution.getStepName(),
				partitions.size(), this.workerStep);
		try {
			return super.doHandle(managerStepExecution, partitions);
		}
		catch (TimeoutException ex) {
			List<String> unfinished = partitions.stream()
				.map((partition) -> giveUp(partition.getJobExecutionId(), partition.getId()))
				.filter((name) -> name != null)
				.sorted()
				.toList();
			throw new WorkersTimedOutException(managerStepExecution.getStepName() + ": " + unfinished.size() + " of "
					+ partitions.size() + " partitions not finished by the workers within " + this.timeout
					+ " (aftercare.workers.timeout), a worker may have stopped: " + String.join(", ", unfinished));
		}
	}

	/** Marks the partition failed if it is still unfinished; returns its name if so. */
	private String giveUp(long jobExecutionId, long stepExecutionId) {
		for (int attempt = 0; attempt < 3; attempt++) {
			StepExecution partition = this.explorer.getStepExecution(jobExecutionId, stepExecutionId);
			if (partition == null || !partition.getStatus().isRunning()) {
				return null;
			}
			partition.setStatus(BatchStatus.FAILED);
			partition.setExitStatus(ExitStatus.FAILED.addExitDescription("no worker finished it in time"));
			partition.setEndTime(LocalDateTime.now());
			try {
				this.repository.update(partition);
				return partition.getStepName();
			}
			catch (OptimisticLockingFailureException ex) {
				// a worker committed a chunk meanwhile: read it again
			}
		}
		throw new IllegalStateException("partition " + stepExecutionId + " keeps changing; is a worker still on it?");
	}

	static class WorkersTimedOutException extends RuntimeException {

		WorkersTimedOutException(String message) {
			super(message);
		}

	}

}

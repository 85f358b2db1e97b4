package dev.aftercare.system;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobInstance;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.NoSuchJobExecutionException;
import org.springframework.batch.core.repository.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.aftercare.run.RunParameters;
import dev.aftercare.run.RunStorage;

/**
 * What the job repository knows of a period's runs: whether the next run is a new one or
 * the restart of one that did not finish. Read and changed through Spring Batch's own
 * explorer, repository and operator, which own those tables.
 */
public class RunHistory {

	private static final Logger logger = LoggerFactory.getLogger(RunHistory.class);

	private final JdbcTemplate jdbc;

	private final JobExplorer explorer;

	private final JobRepository repository;

	private final JobOperator operator;

	public RunHistory(JdbcTemplate jdbc, JobExplorer explorer, JobRepository repository, JobOperator operator) {
		this.jdbc = jdbc;
		this.explorer = explorer;
		this.repository = repository;
		this.operator = operator;
	}

	/**
	 * The run number to launch for {@code period}: the last one again when it did not
	 * complete and was given the same inputs (Spring Batch then restarts it), else a new
	 * one. An unfinished run that is not restarted is abandoned, so that no later run
	 * comes back to it.
	 * @param inputs the {@link InputFingerprint} of this run's inputs
	 * @param newRun whether the operator asked for a new run whatever the last one did
	 */
	public long nextRun(String period, String inputs, boolean newRun) {
		Optional<JobExecution> last = lastExecution(period);
		if (last.isEmpty()) {
			return 1;
		}
		JobExecution execution = last.get();
		long run = RunParameters.of(execution.getJobParameters()).run();
		BatchStatus status = execution.getStatus();
		if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
			// an operator who abandoned a run wants a fresh one, which Spring Batch
			// allows
			return run + 1;
		}
		if (unfinished(status)) {
			markKilledRunFailed(execution);
		}
		if (newRun) {
			abandon(execution, run, "--new-run asks for a new run");
			return run + 1;
		}
		String restartedInputs = RunParameters.of(execution.getJobParameters()).inputs();
		// a run launched before runs carried a fingerprint is restarted, as it was then
		if (restartedInputs != null && !Objects.equals(restartedInputs, inputs)) {
			abandon(execution, run, "its inputs have changed since");
			return run + 1;
		}
		logger.info("Run {} of {} did not finish ({}): restarting it", run, period, status);
		return run;
	}

	/**
	 * The last execution of the period's last run. Runs of a period are numbered from 1
	 * up without a gap, and a run's period and number are what the repository knows it
	 * by.
	 */
	private Optional<JobExecution> lastExecution(String period) {
		JobInstance last = null;
		for (long run = 1;; run++) {
			JobInstance instance = this.explorer.getJobInstance(RunParameters.JOB_NAME,
					RunParameters.identifying(period, run));
			if (instance == null) {
				return Optional.ofNullable(last).map(this.explorer::getLastJobExecution);
			}
			last = instance;
		}
	}

	/**
	 * Gives up an unfinished run through the job operator, and drops its copy of the
	 * input: what it loaded may be what the operator has since fixed.
	 */
	private void abandon(JobExecution execution, long run, String why) {
		try {
			JobExecution abandoned = this.operator.abandon(execution.getId());
			RunStorage.dropInputs(this.jdbc, abandoned.getJobInstance().getInstanceId());
			logger.info("Run {} did not finish and is abandoned: {}; a new run starts", run, why);
		}
		catch (NoSuchJobExecutionException | JobExecutionAlreadyRunningException ex) {
			// under the period's lock no process runs it: the repository contradicts
			// itself
			throw new IllegalStateException("cannot abandon run " + run + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * A run that is still "started" while we hold the period's lock was killed: no
	 * process runs it any more. Marking it failed lets Spring Batch restart it.
	 */
	private void markKilledRunFailed(JobExecution execution) {
		LocalDateTime now = LocalDateTime.now();
		for (StepExecution step : execution.getStepExecutions()) {
			if (unfinished(step.getStatus())) {
				step.setStatus(BatchStatus.FAILED);
				step.setExitStatus(ExitStatus.FAILED);
				step.setEndTime(now);
				this.repository.update(step);
			}
		}
		execution.setStatus(BatchStatus.FAILED);
		execution.setExitStatus(ExitStatus.FAILED.addExitDescription("abandoned: the process running it stopped"));
		execution.setEndTime(now);
		this.repository.update(execution);
	}

	/** Neither finished nor given up: what a killed process leaves behind. */
	private static boolean unfinished(BatchStatus status) {
		return status != BatchStatus.COMPLETED && status != BatchStatus.FAILED && status != BatchStatus.STOPPED
				&& status != BatchStatus.ABANDONED;
	}

}

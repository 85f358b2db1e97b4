package dev.aftercare.system;

import dev.aftercare.run.RunParameters;
import dev.aftercare.run.RunStorage;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.explore.JobExplorer;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.NoSuchJobExecutionException;
import org.springframework.batch.core.repository.JobExecutionAlreadyRunningException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the job repository knows of a period's runs: whether the next run is a new one or
 * the restart of one that did not finish.
 */
public class RunHistory {

	private static final Logger logger = LoggerFactory.getLogger(RunHistory.class);

	private static final String LAST_EXECUTION = """
			SELECT e.job_execution_id, e.status, CAST(r.parameter_value AS BIGINT) AS run
			FROM batch_job_execution e
			JOIN batch_job_instance i ON i.job_instance_id = e.job_instance_id AND i.job_name = ?
			JOIN batch_job_execution_params p ON p.job_execution_id = e.job_execution_id
			     AND p.parameter_name = 'period' AND p.parameter_value = ?
			JOIN batch_job_execution_params r ON r.job_execution_id = e.job_execution_id AND r.parameter_name = 'run'
			ORDER BY e.job_execution_id DESC LIMIT 1
			""";

	private final JdbcTemplate jdbc;

	private final String jobName;

	private final JobExplorer explorer;

	private final JobOperator operator;

	public RunHistory(JdbcTemplate jdbc, String jobName, JobExplorer explorer, JobOperator operator) {
		this.jdbc = jdbc;
		this.jobName = jobName;
		this.explorer = explorer;
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
		List<LastExecution> last = this.jdbc.query(LAST_EXECUTION, (rs,
				row) -> new LastExecution(rs.getLong("job_execution_id"), rs.getString("status"), rs.getLong("run")),
				this.jobName, period);
		if (last.isEmpty()) {
			return 1;
		}
		LastExecution execution = last.get(0);
		if ("COMPLETED".equals(execution.status()) || "ABANDONED".equals(execution.status())) {
			// an operator who abandoned a run wants a fresh one, which Spring Batch
			// allows
			return execution.run() + 1;
		}
		if (!"FAILED".equals(execution.status()) && !"STOPPED".equals(execution.status())) {
			markAbandonedRunFailed(execution);
		}
		if (newRun) {
			abandon(execution, "--new-run asks for a new run");
			return execution.run() + 1;
		}
		String restartedInputs = this.explorer.getJobExecution(execution.id())
			.getJobParameters()
			.getString(RunParameters.INPUTS);
		// a run launched before runs carried a fingerprint is restarted, as it was then
		if (restartedInputs != null && !Objects.equals(restartedInputs, inputs)) {
			abandon(execution, "its inputs have changed since");
			return execution.run() + 1;
		}
		logger.info("Run {} of {} did not finish ({}): restarting it", execution.run(), period, execution.status());
		return execution.run();
	}

	/**
	 * Gives up an unfinished run through the job operator, and drops its copy of the
	 * input: what it loaded may be what the operator has since fixed.
	 */
	private void abandon(LastExecution execution, String why) {
		try {
			JobExecution abandoned = this.operator.abandon(execution.id());
			RunStorage.dropInputs(this.jdbc, abandoned.getJobInstance().getInstanceId());
			logger.info("Run {} did not finish and is abandoned: {}; a new run starts", execution.run(), why);
		}
		catch (NoSuchJobExecutionException | JobExecutionAlreadyRunningException ex) {
			// under the period's lock no process runs it: the repository contradicts
			// itself
			throw new IllegalStateException("cannot abandon run " + execution.run() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * A run that is still "started" while we hold the period's lock was killed: no
	 * process runs it any more. Marking it failed lets Spring Batch restart it.
	 */
	private void markAbandonedRunFailed(LastExecution execution) {
		this.jdbc.update("""
				UPDATE batch_step_execution SET status = 'FAILED', exit_code = 'FAILED', end_time = now()
				WHERE job_execution_id = ? AND status NOT IN ('COMPLETED', 'FAILED', 'STOPPED', 'ABANDONED')
				""", execution.id());
		this.jdbc.update("""
				UPDATE batch_job_execution SET status = 'FAILED', exit_code = 'FAILED', end_time = now(),
				       exit_message = 'abandoned: the process running it stopped'
				WHERE job_execution_id = ?
				""", execution.id());
	}

	private record LastExecution(long id, String status, long run) {
	}

}

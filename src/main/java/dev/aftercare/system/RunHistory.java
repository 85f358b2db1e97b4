package dev.aftercare.system;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

	public RunHistory(JdbcTemplate jdbc, String jobName) {
		this.jdbc = jdbc;
		this.jobName = jobName;
	}

	/**
	 * The run number to launch for {@code period}: the last one again when it did not
	 * complete (Spring Batch then restarts it), else a new one.
	 */
	public long nextRun(String period) {
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
		logger.info("Run {} of {} did not finish ({}): restarting it", execution.run(), period, execution.status());
		return execution.run();
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

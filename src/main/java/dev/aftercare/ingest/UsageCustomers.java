package dev.aftercare.ingest;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The run's customers for the partitions of usage, read from the database once per job
 * execution and process: a partition runs on a thread or in a process where the job's
 * {@link RunCustomers} is out of reach, and reading every customer per partition would
 * cost as much as a partition's reading at ten million customers. A restart is a new job
 * execution, so it reads them again, with what it loaded since.
 */
@Component
class UsageCustomers {

	private final JdbcTemplate jdbc;

	private long jobExecutionId = -1;

	private InMemoryKnown known;

	UsageCustomers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Only read after: the usage check asks it, from several partitions at once. */
	synchronized Known of(long jobExecutionId, long runId) {
		if (this.known == null || this.jobExecutionId != jobExecutionId) {
			this.known = RunCustomers.stored(this.jdbc, runId);
			this.jobExecutionId = jobExecutionId;
		}
		return this.known;
	}

}

package dev.aftercare.credits;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.aftercare.run.RunStorage;

/**
 * Fresh statistics on what the compute wrote, once it is all written. The output steps
 * that follow aggregate hundreds of thousands of these rows at once, side by side;
 * planned for the empty tables the statistics would otherwise describe, they sort where
 * they could hash.
 */
class ResultStatistics implements StepExecutionListener {

	private final JdbcTemplate jdbc;

	ResultStatistics(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (stepExecution.getStatus() == BatchStatus.COMPLETED) {
			RunStorage.analyze(this.jdbc, "affected", "credit");
		}
		return null;
	}

}

package dev.aftercare.ledger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.aftercare.run.ThisRun;

/**
 * Records the run's credits as what billing now holds for the period, and marks the run
 * complete, in the step's one transaction.
 */
class LedgerTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(LedgerTasklet.class);

	private final JdbcTemplate jdbc;

	private final ThisRun run;

	LedgerTasklet(JdbcTemplate jdbc, ThisRun run) {
		this.jdbc = jdbc;
		this.run = run;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long runId = this.run.id();
		String period = this.run.parameters().period().toString();
		this.jdbc.update("DELETE FROM credit_ledger WHERE period = ?", period);
		int lines = this.jdbc.update("""
				INSERT INTO credit_ledger (period, customer_id, service, region, customer_name, plan, currency,
				                           monthly_fee_text, sla_target, credit_amount, run_id, recorded_at)
				SELECT period, customer_id, service, region, customer_name, plan, currency, monthly_fee_text,
				       sla_target, credit_amount, run_id, now()
				FROM credit WHERE run_id = ?
				""", runId);
		this.jdbc.update("INSERT INTO completed_run (run_id, period, completed_at) VALUES (?, ?, now())", runId,
				period);
		logger.info("Ledger of {}: {} credit lines recorded for run {}", period, lines, runId);
		return RepeatStatus.FINISHED;
	}

}

package dev.aftercare.ledger;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.aftercare.credits.MinorUnit;
import dev.aftercare.reports.csv.CreditCsv;
import dev.aftercare.reports.csv.CsvFiles;
import dev.aftercare.credits.CreditLines;
import dev.aftercare.run.ThisRun;

/**
 * Compares the run's credits with the ledger of the last successful run of the period and
 * writes what changed to {@code credit_adjustments.csv}. A row that disappeared is shown
 * with nothing credited any more.
 */
class AdjustmentsTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(AdjustmentsTasklet.class);

	// computed once, for both the table and the file: a join of all the run's credits
	// with the ledger
	private static final String CHANGES = """
			WITH changes AS (
			  SELECT c.period, c.customer_id, c.customer_name, c.plan, c.service, c.region, c.currency,
			         c.monthly_fee_text, c.downtime_minutes, c.uptime_percent, c.sla_target, c.credit_percent, c.basis,
			         c.credit_amount, c.incident_ids, COALESCE(l.credit_amount, 0) AS previous_amount
			  FROM credit c
			  LEFT JOIN credit_ledger l ON l.period = c.period AND l.customer_id = c.customer_id
			       AND l.service = c.service AND l.region = c.region
			  WHERE c.run_id = ? AND c.credit_amount <> COALESCE(l.credit_amount, 0)
			  UNION ALL
			  SELECT l.period, l.customer_id, l.customer_name, l.plan, l.service, l.region, l.currency,
			         l.monthly_fee_text, 0, 100, l.sla_target, 0, 'none', 0, '{}'::TEXT[], l.credit_amount
			  FROM credit_ledger l
			  WHERE l.period = ? AND l.credit_amount <> 0
			    AND NOT EXISTS (SELECT 1 FROM credit c WHERE c.run_id = ? AND c.customer_id = l.customer_id
			                    AND c.service = l.service AND c.region = l.region)
			), recorded AS (
			  INSERT INTO credit_adjustment (run_id, period, customer_id, service, region, currency, previous_amount,
			                                 credit_amount, adjustment_amount)
			  SELECT ?, period, customer_id, service, region, currency, previous_amount, credit_amount,
			         credit_amount - previous_amount
			  FROM changes
			)
			SELECT * FROM changes
			ORDER BY customer_id COLLATE "C", service COLLATE "C", region COLLATE "C"
			""";

	private final JdbcTemplate jdbc;

	private final ThisRun run;

	AdjustmentsTasklet(JdbcTemplate jdbc, ThisRun run) {
		this.jdbc = jdbc;
		this.run = run;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		long runId = this.run.id();
		String period = this.run.parameters().period().toString();
		Path directory = this.run.stagingDirectory();
		Files.createDirectories(directory);
		this.jdbc.update("DELETE FROM credit_adjustment WHERE run_id = ?", runId);
		String[] header = Arrays.copyOf(CreditCsv.COLUMNS, CreditCsv.COLUMNS.length + 2);
		header[header.length - 2] = "previous_amount";
		header[header.length - 1] = "adjustment_amount";
		long rows = CsvFiles.export(this.jdbc, directory.resolve("credit_adjustments.csv"), header,
				AdjustmentsTasklet::record, CHANGES, runId, period, runId, runId);
		if (earlierRun(period, runId)) {
			logger.info("{} credit adjustments since the last successful run of {}", rows, period);
		}
		else {
			// nothing was adjusted: the first run's credits are all new
			logger.info("First successful run of {}: no earlier run to adjust; credit_adjustments.csv lists its {}"
					+ " credits as new", period, rows);
		}
		return RepeatStatus.FINISHED;
	}

	private boolean earlierRun(String period, long runId) {
		return Boolean.TRUE.equals(
				this.jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM completed_run WHERE period = ? AND run_id <> ?)",
						Boolean.class, period, runId));
	}

	private static Object[] record(ResultSet rs) throws SQLException {
		String currency = rs.getString("currency");
		BigDecimal previous = MinorUnit.round(rs.getBigDecimal("previous_amount"), currency);
		BigDecimal current = MinorUnit.round(rs.getBigDecimal("credit_amount"), currency);
		Object[] line = Arrays.copyOf(CreditCsv.record(CreditLines.line(rs)), CreditCsv.COLUMNS.length + 2);
		line[line.length - 2] = previous.toPlainString();
		line[line.length - 1] = current.subtract(previous).toPlainString();
		return line;
	}

}

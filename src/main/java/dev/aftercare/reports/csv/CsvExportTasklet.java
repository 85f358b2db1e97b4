package dev.aftercare.reports.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.aftercare.system.RunParameters;
import dev.aftercare.ingest.InputFile;
import dev.aftercare.system.RunStorage;

/**
 * Writes {@code credits.csv}, {@code affected_customers.csv} and {@code rejects.csv} of a
 * run into its staging directory, streaming rows from the database in the contract's
 * order.
 */
public class CsvExportTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(CsvExportTasklet.class);

	private static final String CREDITS = """
			SELECT period, customer_id, customer_name, plan, service, region, currency, monthly_fee_text,
			       downtime_minutes, uptime_percent, sla_target, credit_percent, basis, credit_amount, incident_ids
			FROM credit WHERE run_id = ?
			ORDER BY customer_id COLLATE "C", service COLLATE "C", region COLLATE "C"
			""";

	private static final String AFFECTED = """
			SELECT incident_id, customer_id, service, region, impact_start, impact_end, impact_seconds,
			       downtime_seconds, excluded
			FROM affected WHERE run_id = ?
			ORDER BY incident_id COLLATE "C", customer_id COLLATE "C", service COLLATE "C", region COLLATE "C"
			""";

	private static final String REJECTS = """
			SELECT file, line, record, reason FROM input_reject WHERE run_id = ?
			ORDER BY %s, file, line
			""".formatted(InputFile.sqlOrder("file"));

	private final JdbcTemplate jdbc;

	public CsvExportTasklet(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		long runId = RunParameters.runId(contribution.getStepExecution());
		Path directory = RunParameters.of(contribution.getStepExecution()).stagingDirectory();
		Files.createDirectories(directory);
		RunStorage.analyze(this.jdbc, runId, "credit", "affected", "in_ticket");
		long credits = CsvFiles.export(this.jdbc, directory.resolve("credits.csv"), CreditCsv.COLUMNS,
				CreditCsv::record, CREDITS, runId);
		long affected = CsvFiles.export(this.jdbc, directory.resolve("affected_customers.csv"),
				new String[] { "incident_id", "customer_id", "service", "region", "impact_start", "impact_end",
						"impact_minutes", "downtime_minutes", "excluded" },
				CsvExportTasklet::affectedRecord, AFFECTED, runId);
		long rejects = CsvFiles.export(this.jdbc, directory.resolve("rejects.csv"),
				new String[] { "file", "line", "record", "reason" },
				(rs) -> new Object[] { rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4) }, REJECTS,
				runId);
		logger.info("Wrote {} credit lines, {} affected lines and {} rejected rows", credits, affected, rejects);
		return RepeatStatus.FINISHED;
	}

	private static Object[] affectedRecord(ResultSet rs) throws SQLException {
		return new Object[] { rs.getString("incident_id"), rs.getString("customer_id"), rs.getString("service"),
				rs.getString("region"), CsvFiles.utc(rs.getTimestamp("impact_start").toInstant()),
				CsvFiles.utc(rs.getTimestamp("impact_end").toInstant()),
				CsvFiles.minutes(rs.getBigDecimal("impact_seconds")),
				CsvFiles.minutes(rs.getBigDecimal("downtime_seconds")), rs.getBoolean("excluded") };
	}

}

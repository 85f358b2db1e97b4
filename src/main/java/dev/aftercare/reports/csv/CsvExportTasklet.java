package dev.aftercare.reports.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.aftercare.ingest.InputFile;
import dev.aftercare.credits.CreditLines;
import dev.aftercare.run.ThisRun;

/**
 * Writes {@code credits.csv}, {@code affected_customers.csv} and {@code rejects.csv} of a
 * run into its staging directory, streaming rows from the database in the contract's
 * order. The credits are written beside the affected lines, on a connection of their own,
 * so that both cores work: each file is one query sorting on the server and one thread
 * formatting its rows.
 */
class CsvExportTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(CsvExportTasklet.class);

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

	private final TransactionTemplate ownTransaction;

	private final ThisRun run;

	CsvExportTasklet(JdbcTemplate jdbc, ThisRun run) {
		this.jdbc = jdbc;
		this.run = run;
		// the step's transaction belongs to the step's thread; the other thread needs
		// one too, or the driver would fetch all its rows at once
		this.ownTransaction = new TransactionTemplate(new JdbcTransactionManager(jdbc.getDataSource()));
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		long runId = this.run.id();
		Path directory = this.run.stagingDirectory();
		Files.createDirectories(directory);
		ExecutorService beside = Executors.newSingleThreadExecutor((task) -> new Thread(task, "export-credits"));
		try {
			Future<Long> credits = beside
				.submit(() -> this.ownTransaction.execute((status) -> exportCredits(directory, runId)));
			long affected = CsvFiles.export(this.jdbc, directory.resolve("affected_customers.csv"),
					new String[] { "incident_id", "customer_id", "service", "region", "impact_start", "impact_end",
							"impact_minutes", "downtime_minutes", "excluded" },
					affectedRecords(), AFFECTED, runId);
			long rejects = CsvFiles.export(this.jdbc, directory.resolve("rejects.csv"),
					new String[] { "file", "line", "record", "reason" },
					(rs) -> new Object[] { rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4) }, REJECTS,
					runId);
			logger.info("Wrote {} credit lines, {} affected lines and {} rejected rows", resultOf(credits), affected,
					rejects);
			return RepeatStatus.FINISHED;
		}
		finally {
			// even a failed step ends only once the other file is done with, so that a
			// restart never writes while it still does
			beside.shutdown();
			beside.awaitTermination(1, TimeUnit.HOURS);
		}
	}

	private long exportCredits(Path directory, long runId) {
		try {
			return CsvFiles.export(this.jdbc, directory.resolve("credits.csv"), CreditCsv.COLUMNS,
					(rs) -> CreditCsv.record(CreditLines.line(rs)), CreditLines.SQL, runId);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static long resultOf(Future<Long> export) throws Exception {
		try {
			return export.get();
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof Exception cause) ? cause : ex;
		}
	}

	/**
	 * Rows of {@code affected_customers.csv}, by the position of the columns in
	 * {@code AFFECTED}. The impact windows are few, so each of their instants is
	 * formatted once.
	 */
	private static CsvFiles.RecordMapper affectedRecords() {
		Map<String, String> instants = new HashMap<>();
		return (rs) -> new Object[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
				utc(rs, 5, instants), utc(rs, 6, instants), CsvFiles.minutes(rs.getBigDecimal(7)),
				CsvFiles.minutes(rs.getBigDecimal(8)), rs.getBoolean(9) };
	}

	private static String utc(ResultSet rs, int column, Map<String, String> formatted) throws SQLException {
		String stored = rs.getString(column);
		String utc = formatted.get(stored);
		if (utc == null) {
			utc = CsvFiles.utc(rs.getTimestamp(column).toInstant());
			formatted.put(stored, utc);
		}
		return utc;
	}

}

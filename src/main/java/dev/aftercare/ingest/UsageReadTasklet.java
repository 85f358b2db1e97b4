package dev.aftercare.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.aftercare.impact.UsageLookback;
import dev.aftercare.model.Usage;
import dev.aftercare.run.Progress;
import dev.aftercare.run.ThisRun;
import dev.aftercare.run.RunStorage;
import dev.aftercare.run.StepProgress;
import dev.aftercare.speed.RowBatches;

/**
 * Reads {@code usage.csv}, most of a month's input, in one transaction: each row is
 * checked as it is read, and an accepted row is taken into the usage lookback and
 * forgotten. The lookback is all the credit rules ask of usage, so the tens of millions
 * of rows are never stored: what stays is one {@code reliance} row per impacted
 * subscription that relied on the service, the rejects, and the counts. A read that fails
 * leaves nothing behind, and a restart reads the file again from the top. Parsing, most
 * of the work, runs on a thread of its own ({@link RowBatches}) beside the checks; the
 * checks and every statement stay on the step's thread, in its transaction.
 */
class UsageReadTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(UsageReadTasklet.class);

	// a file of nothing but bad rows must not fill the heap before the step ends
	static final int REJECTS_PER_FLUSH = 10_000;

	private final JdbcTemplate jdbc;

	private final ThisRun run;

	private final RunCustomers customers;

	UsageReadTasklet(JdbcTemplate jdbc, ThisRun run, RunCustomers customers) {
		this.jdbc = jdbc;
		this.run = run;
		this.customers = customers;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long runId = this.run.id();
		Path path = this.run.parameters().input().resolve(InputFile.USAGE.fileName());
		UsageRowCheck check = new UsageRowCheck(StoredKnown.load(this.jdbc, runId, InputFile.USAGE, this.customers));
		UsageLookback lookback = UsageLookback.of(this.jdbc, runId);
		this.jdbc.update("DELETE FROM input_reject WHERE run_id = ? AND file = ?", runId, InputFile.USAGE.fileName());
		Progress progress = StepProgress.current("ingestUsage");
		long size = size(path);
		long read = 0;
		long accepted = 0;
		List<Object[]> rejects = new ArrayList<>();
		try (RowBatches<CsvRow> batches = RowBatches.start(CsvSource.open(path, InputFile.USAGE), "usage-reader")) {
			for (RowBatches.Batch<CsvRow> batch = batches.next(); batch != null; batch = batches.next()) {
				for (CsvRow row : batch.rows()) {
					Checked<Usage> checked = check.check(row);
					if (checked.isAccepted()) {
						Usage usage = checked.value();
						lookback.record(usage.customerId(), usage.service(), usage.region(), usage.date(),
								usage.requests());
						accepted++;
					}
					else {
						rejects.add(Rejects.of(runId, row, checked.reason()));
						if (rejects.size() == REJECTS_PER_FLUSH) {
							storeRejects(rejects);
						}
					}
					read++;
					contribution.incrementReadCount();
				}
				progress.update(read, batch.charactersRead(), size);
			}
		}
		storeRejects(rejects);
		contribution.incrementWriteCount(accepted);
		ReadCounts.record(this.jdbc, runId, InputFile.USAGE, read, accepted);
		long relied = lookback.store(this.jdbc, runId);
		RunStorage.analyze(this.jdbc, "reliance");
		logger.info("{}: {} rows read, {} accepted, {} rejected; {} subscriptions relied on an impacted service",
				InputFile.USAGE.fileName(), read, accepted, read - accepted, relied);
		return RepeatStatus.FINISHED;
	}

	/**
	 * The file's size in bytes, against which the characters read tell the share done.
	 */
	private static long size(Path path) {
		try {
			return Files.size(path);
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private void storeRejects(List<Object[]> rejects) {
		Rejects.store(this.jdbc, rejects);
		rejects.clear();
	}

}

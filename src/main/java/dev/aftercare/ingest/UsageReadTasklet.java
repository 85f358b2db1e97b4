package dev.aftercare.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import dev.aftercare.system.RunParameters;
import dev.aftercare.system.RunStorage;

/**
 * Reads {@code usage.csv}, most of a month's input, in one transaction: each row is
 * checked as it is read, and an accepted row is taken into the usage lookback and
 * forgotten. The lookback is all the credit rules ask of usage, so the tens of millions
 * of rows are never stored: what stays is one {@code reliance} row per impacted
 * subscription that relied on the service, the rejects, and the counts. A read that fails
 * leaves nothing behind, and a restart reads the file again from the top. Parsing, most
 * of the work, runs on a thread of its own ({@link CsvRowBatches}) beside the checks; the
 * checks and every statement stay on the step's thread, in its transaction.
 */
class UsageReadTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(UsageReadTasklet.class);

	// a file of nothing but bad rows must not fill the heap before the step ends
	static final int REJECTS_PER_FLUSH = 10_000;

	private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

	private final JdbcTemplate jdbc;

	UsageReadTasklet(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long runId = RunParameters.runId(contribution.getStepExecution());
		Path path = RunParameters.of(contribution.getStepExecution()).input().resolve(InputFile.USAGE.fileName());
		UsageRowCheck check = new UsageRowCheck(StoredKnown.load(this.jdbc, runId, InputFile.USAGE));
		UsageLookback lookback = UsageLookback.of(this.jdbc, runId);
		this.jdbc.update("DELETE FROM input_reject WHERE run_id = ? AND file = ?", runId, InputFile.USAGE.fileName());
		Progress progress = new Progress(path);
		List<Object[]> rejects = new ArrayList<>();
		try (CsvRowBatches batches = CsvRowBatches.open(path, InputFile.USAGE)) {
			for (CsvRowBatches.Batch batch = batches.next(); batch != null; batch = batches.next()) {
				for (CsvRow row : batch.rows()) {
					Checked<Usage> checked = check.check(row);
					if (checked.isAccepted()) {
						Usage usage = checked.value();
						lookback.record(usage.customerId(), usage.service(), usage.region(), usage.date(),
								usage.requests());
						progress.accepted++;
					}
					else {
						rejects.add(Rejects.of(runId, row, checked.reason()));
						if (rejects.size() == REJECTS_PER_FLUSH) {
							storeRejects(rejects);
						}
					}
					progress.read++;
					contribution.incrementReadCount();
				}
				progress.maybeLog(batch.charactersRead());
			}
		}
		storeRejects(rejects);
		contribution.incrementWriteCount(progress.accepted);
		ReadCounts.record(this.jdbc, runId, InputFile.USAGE, progress.read, progress.accepted);
		long relied = lookback.store(this.jdbc, runId);
		RunStorage.analyze(this.jdbc, "reliance");
		logger.info("{}: {} rows read, {} accepted, {} rejected; {} subscriptions relied on an impacted service",
				InputFile.USAGE.fileName(), progress.read, progress.accepted, progress.read - progress.accepted,
				relied);
		return RepeatStatus.FINISHED;
	}

	private void storeRejects(List<Object[]> rejects) {
		Rejects.store(this.jdbc, rejects);
		rejects.clear();
	}

	/** How far the read has come, logged every few seconds on a long file. */
	private static final class Progress {

		private final long started = System.nanoTime();

		private final long size;

		private long lastLine = this.started;

		private long read;

		private long accepted;

		Progress(Path path) {
			long bytes;
			try {
				bytes = Files.size(path);
			}
			catch (IOException ex) {
				bytes = -1;
			}
			this.size = bytes;
		}

		void maybeLog(long charactersRead) {
			long now = System.nanoTime();
			if (now - this.lastLine < PROGRESS_EVERY.toNanos()) {
				return;
			}
			this.lastLine = now;
			long seconds = Math.max(1, (now - this.started) / 1_000_000_000L);
			String share = (this.size > 0) ? ", " + Math.min(100, charactersRead * 100 / this.size) + " % of the file"
					: "";
			logger.info("ingestUsage: {} rows read, {} accepted, {} rows/s{}", this.read, this.accepted,
					this.read / seconds, share);
		}

	}

}

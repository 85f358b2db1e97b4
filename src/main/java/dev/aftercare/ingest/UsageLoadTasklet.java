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
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.aftercare.impact.UsageLookback;
import dev.aftercare.model.Usage;
import dev.aftercare.system.CopyCsv;
import dev.aftercare.system.CopyStream;
import dev.aftercare.system.RunParameters;
import dev.aftercare.system.RunStorage;

/**
 * Loads {@code usage.csv}, most of a month's input, in one transaction: each row is
 * checked as it is read and an accepted row goes straight into a streamed {@code COPY},
 * so that PostgreSQL stores rows on one core while the next ones are parsed on the other.
 * A load that fails leaves nothing behind, and a restart loads the file again from the
 * top: at COPY speed that costs less than keeping chunk boundaries would.
 */
class UsageLoadTasklet implements Tasklet {

	private static final Logger logger = LoggerFactory.getLogger(UsageLoadTasklet.class);

	// rejects wait in memory while the COPY holds the connection; this bounds them
	static final int REJECTS_PER_FLUSH = 10_000;

	private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

	private static final String INSERT_REJECT = """
			INSERT INTO input_reject (run_id, file, line, record, reason) VALUES (?, ?, ?, ?, ?)
			""";

	private final JdbcTemplate jdbc;

	UsageLoadTasklet(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		long runId = RunParameters.runId(contribution.getStepExecution());
		Path path = RunParameters.of(contribution.getStepExecution()).input().resolve(InputFile.USAGE.fileName());
		UsageRowCheck check = new UsageRowCheck(StoredKnown.load(this.jdbc, runId, InputFile.USAGE));
		UsageLookback lookback = UsageLookback.of(this.jdbc, runId);
		// emptied in this transaction, the partition takes the COPY without WAL where the
		// server allows it (wal_level minimal) and frozen, so no later read rewrites it
		String table = RunStorage.emptyUsagePartition(this.jdbc, runId);
		this.jdbc.update("DELETE FROM input_reject WHERE run_id = ? AND file = ?", runId, InputFile.USAGE.fileName());
		Progress progress = new Progress(path);
		try (CsvSource source = CsvSource.open(path, InputFile.USAGE)) {
			List<Object[]> rejects = new ArrayList<>();
			CsvRow row = source.next();
			while (row != null) {
				row = copy(runId, table, source, row, check, lookback, rejects, contribution, progress);
				storeRejects(rejects);
			}
		}
		ReadCounts.record(this.jdbc, runId, InputFile.USAGE, progress.read);
		long relied = lookback.store(this.jdbc, runId);
		RunStorage.analyze(this.jdbc, "reliance");
		logger.info("{}: {} rows read, {} accepted, {} rejected; {} subscriptions relied on an impacted service",
				InputFile.USAGE.fileName(), progress.read, progress.accepted, progress.read - progress.accepted,
				relied);
		return RepeatStatus.FINISHED;
	}

	/**
	 * Copies accepted rows from {@code first} on until the file ends or the rejects fill
	 * up; returns the row to go on with, {@code null} at the end.
	 */
	private CsvRow copy(long runId, String table, CsvSource source, CsvRow first, UsageRowCheck check,
			UsageLookback lookback, List<Object[]> rejects, StepContribution contribution, Progress progress) {
		return this.jdbc.execute((ConnectionCallback<CsvRow>) (connection) -> {
			CsvRow row = first;
			long acceptedBefore = progress.accepted;
			try (CopyStream copy = CopyStream.open(connection,
					"COPY " + table + " (run_id, customer_id, service, region, usage_date, requests, errors)"
							+ " FROM STDIN (FORMAT csv, FREEZE true)")) {
				while (row != null && rejects.size() < REJECTS_PER_FLUSH) {
					contribution.incrementReadCount();
					Checked<Usage> checked = check.check(row);
					if (checked.isAccepted()) {
						Usage usage = checked.value();
						write(copy.row(), runId, usage);
						copy.endRow();
						lookback.record(usage.customerId(), usage.service(), usage.region(), usage.date(),
								usage.requests());
						progress.accepted++;
					}
					else {
						rejects.add(new Object[] { runId, row.file(), row.line(), row.record(), checked.reason() });
					}
					progress.read++;
					progress.maybeLog(source);
					row = source.next();
				}
			}
			contribution.incrementWriteCount(progress.accepted - acceptedBefore);
			return row;
		});
	}

	private void storeRejects(List<Object[]> rejects) {
		this.jdbc.batchUpdate(INSERT_REJECT, rejects);
		rejects.clear();
	}

	private static void write(StringBuilder out, long runId, Usage usage) {
		out.append(runId).append(',');
		CopyCsv.field(out, usage.customerId());
		out.append(',');
		CopyCsv.field(out, usage.service());
		out.append(',');
		CopyCsv.field(out, usage.region());
		out.append(',');
		CopyCsv.date(out, usage.date());
		out.append(',').append(usage.requests()).append(',');
		if (usage.errors() != null) {
			out.append(usage.errors().longValue());
		}
	}

	/** How far the load has come, logged every few seconds on a long file. */
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

		void maybeLog(CsvSource source) {
			if ((this.read & 0x3FFF) != 0) {
				return;
			}
			long now = System.nanoTime();
			if (now - this.lastLine < PROGRESS_EVERY.toNanos()) {
				return;
			}
			this.lastLine = now;
			long seconds = Math.max(1, (now - this.started) / 1_000_000_000L);
			String share = (this.size > 0)
					? ", " + Math.min(100, source.charactersRead() * 100 / this.size) + " % of the file" : "";
			logger.info("ingestUsage: {} rows read, {} accepted, {} rows/s{}", this.read, this.accepted,
					this.read / seconds, share);
		}

	}

}

package dev.aftercare.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.StepContribution;
import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.aftercare.impact.UsageLookback;
import dev.aftercare.model.Usage;
import dev.aftercare.run.Progress;
import dev.aftercare.run.ThisRun;
import dev.aftercare.run.StepProgress;
import dev.aftercare.speed.RowBatches;

/**
 * Reads a partition of usage, most of a month's input, in one transaction: one or more of
 * its files ({@code usage.csv}, or parts of {@code usage/}), each row checked as it is
 * read, and an accepted row taken into the usage lookback and forgotten. The lookback is
 * all the credit rules ask of usage, so the tens of millions of rows are never stored:
 * what stays is one {@code reliance} row per impacted subscription that relied on the
 * service, the rejects, and the counts of each file. A read that fails leaves nothing
 * behind, and a restart reads the partition again from the top. Parsing, most of the
 * work, runs on a thread of its own ({@link RowBatches}) beside the checks; the checks
 * and every statement stay on the step's thread, in its transaction.
 *
 * All it needs comes from the database and the step's execution context, so that the
 * partition can run in another process.
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
		StepExecution step = chunkContext.getStepContext().getStepExecution();
		long runId = this.run.id();
		List<String> parts = UsagePartitioner.partsOf(step.getExecutionContext());
		UsageRowCheck check = new UsageRowCheck(this.customers.known(this.run));
		UsageLookback lookback = UsageLookback.of(this.jdbc, runId);
		this.jdbc.update("DELETE FROM input_reject WHERE run_id = ? AND file = ANY (?)", runId,
				parts.toArray(String[]::new));
		Progress progress = StepProgress.current(step.getStepName());
		long size = parts.stream().mapToLong(this::size).sum();
		Totals totals = new Totals();
		for (String part : parts) {
			read(part, check, lookback, contribution, progress, size, totals);
		}
		contribution.incrementWriteCount(totals.accepted);
		long relied = lookback.store(this.jdbc, runId);
		logger.info("{}: {} rows read, {} accepted, {} rejected; {} subscriptions relied on an impacted service",
				String.join(", ", parts), totals.read, totals.accepted, totals.read - totals.accepted, relied);
		return RepeatStatus.FINISHED;
	}

	private void read(String part, UsageRowCheck check, UsageLookback lookback, StepContribution contribution,
			Progress progress, long size, Totals totals) {
		long runId = this.run.id();
		long read = 0;
		long accepted = 0;
		List<Object[]> rejects = new ArrayList<>();
		Path path = this.run.parameters().input().resolve(part);
		try (RowBatches<CsvRow> batches = RowBatches.start(CsvSource.open(path, InputFile.USAGE, part),
				"usage-reader")) {
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
				progress.update(totals.read + read, totals.characters + batch.charactersRead(), size);
			}
		}
		storeRejects(rejects);
		ReadCounts.record(this.jdbc, runId, part, read, accepted);
		totals.read += read;
		totals.accepted += accepted;
		totals.characters += size(part);
	}

	/** What the parts read so far add up to. */
	private static final class Totals {

		long read;

		long accepted;

		long characters;

	}

	/**
	 * A part's size in bytes, against which the characters read tell the share done.
	 */
	private long size(String part) {
		try {
			return Files.size(this.run.parameters().input().resolve(part));
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

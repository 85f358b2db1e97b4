package dev.aftercare.ingest;

import java.util.function.Function;

import org.springframework.batch.core.StepExecution;
import org.springframework.batch.core.StepExecutionListener;
import org.springframework.batch.item.ItemProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.aftercare.run.ThisRun;

/**
 * The check of one file's step, made when the step starts from what the run has accepted
 * by then; the run's customers come from {@link RunCustomers}, read once.
 */
class FileCheck<T> implements ItemProcessor<CsvRow, IngestedRow<T>>, StepExecutionListener {

	private final IngestFile<T> file;

	private final JdbcTemplate jdbc;

	private final ThisRun run;

	private final RunCustomers customers;

	// one execution of a step at a time: the job runs its file steps one after another
	private volatile Function<CsvRow, Checked<T>> check;

	FileCheck(IngestFile<T> file, JdbcTemplate jdbc, ThisRun run, RunCustomers customers) {
		this.file = file;
		this.jdbc = jdbc;
		this.run = run;
		this.customers = customers;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.check = this.file.checks().apply(StoredKnown.load(this.jdbc, this.run, this.file.kind(), this.customers));
	}

	@Override
	public IngestedRow<T> process(CsvRow row) {
		return new IngestedRow<>(row, this.check.apply(row));
	}

}

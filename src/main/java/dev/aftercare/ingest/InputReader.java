package dev.aftercare.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamReader;

import dev.aftercare.run.ThisRun;

/**
 * The reader of one file's step: opens the file of the run it is given when the step
 * opens it, or reads nothing when an optional file is not there.
 */
class InputReader implements ItemStreamReader<CsvRow> {

	private static final Logger logger = LoggerFactory.getLogger(InputReader.class);

	private final InputFile kind;

	private final ThisRun run;

	private ItemStreamReader<CsvRow> file;

	InputReader(InputFile kind, ThisRun run) {
		this.kind = kind;
		this.run = run;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		java.nio.file.Path path = this.run.parameters().input().resolve(this.kind.fileName());
		if (this.kind.optional() && !path.toFile().exists()) {
			logger.info("No {} in the input: going on without it", this.kind.fileName());
			this.file = new NoRows();
		}
		else {
			this.file = new CsvRowReader(path, this.kind);
		}
		this.file.open(executionContext);
	}

	@Override
	public CsvRow read() throws Exception {
		return this.file.read();
	}

	@Override
	public void update(ExecutionContext executionContext) {
		if (this.file != null) {
			this.file.update(executionContext);
		}
	}

	@Override
	public void close() {
		if (this.file != null) {
			this.file.close();
			this.file = null;
		}
	}

	/** The reader of an optional file that is not there. */
	private static final class NoRows implements ItemStreamReader<CsvRow> {

		@Override
		public CsvRow read() {
			return null;
		}

	}

}

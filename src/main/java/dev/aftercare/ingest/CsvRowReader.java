package dev.aftercare.ingest;

import java.nio.file.Path;

import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamException;
import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

import dev.aftercare.run.StepProgress;

/**
 * Reads the rows of one input file. Restartable: on restart it reads again from the top
 * and skips the rows already counted. Opening fails with an {@link InputFileException}
 * when the header lacks a required column; reading fails with one on malformed CSV.
 */
public class CsvRowReader extends AbstractItemCountingItemStreamItemReader<CsvRow> {

	private final Path file;

	private final InputFile kind;

	private CsvSource source;

	public CsvRowReader(Path file, InputFile kind) {
		this.file = file;
		this.kind = kind;
		setName(kind.name());
	}

	public InputFile kind() {
		return this.kind;
	}

	@Override
	public void open(ExecutionContext executionContext) throws ItemStreamException {
		try {
			super.open(executionContext);
		}
		catch (ItemStreamException ex) {
			// the base class wraps what doOpen throws; the run wants the plain message
			if (ex.getCause() instanceof InputFileException inputFileException) {
				throw inputFileException;
			}
			throw ex;
		}
	}

	@Override
	public void update(ExecutionContext executionContext) throws ItemStreamException {
		super.update(executionContext);
		if (this.source != null) {
			// characters stand in for bytes: close enough to say how far a large file has
			// come
			executionContext.putLong(StepProgress.DONE, this.source.charactersRead());
			executionContext.putLong(StepProgress.TOTAL, this.file.toFile().length());
		}
	}

	@Override
	protected void doOpen() {
		this.source = CsvSource.open(this.file, this.kind);
	}

	@Override
	protected CsvRow doRead() {
		return this.source.next();
	}

	@Override
	protected void doClose() {
		if (this.source != null) {
			this.source.close();
			this.source = null;
		}
	}

}

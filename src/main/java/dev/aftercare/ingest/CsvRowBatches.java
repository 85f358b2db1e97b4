package dev.aftercare.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The rows of an input file in batches, in file order, parsed on a thread of its own.
 * Parsing is most of the work of reading a large file; on a thread of its own it runs
 * beside whatever the caller does with the rows. The caller keeps its own thread, and so
 * its transaction. A failure to parse is thrown to the caller after the rows before it,
 * as it would be row by row; a caller that gives up closes, which stops the parsing and
 * closes the file.
 */
final class CsvRowBatches implements AutoCloseable {

	// large enough that handing over costs nothing next to parsing, small enough that
	// the batches in the queue stay a few megabytes
	static final int ROWS_PER_BATCH = 4_000;

	// lets the parser run on over a pause of the caller's, such as a flush of rejects,
	// while a parser that is ahead waits instead of filling the heap
	static final int BATCHES_AHEAD = 4;

	private static final Batch END = new Batch(List.of(), -1);

	private final BlockingQueue<Batch> queue;

	private final Thread reader;

	private volatile boolean closed;

	// written by the reader before it hands over END, so the caller sees it with END
	private volatile Throwable failure;

	private boolean ended;

	private CsvRowBatches(CsvSource source, String threadName, int rowsPerBatch, int batchesAhead) {
		this.queue = new ArrayBlockingQueue<>(batchesAhead);
		this.reader = new Thread(() -> readAll(source, rowsPerBatch), threadName);
		// a reader left behind by a crash must not keep the JVM alive
		this.reader.setDaemon(true);
	}

	/**
	 * Opens {@code path} and checks its header on the calling thread, so that a bad
	 * header fails here, then starts parsing the rows.
	 */
	static CsvRowBatches open(Path path, InputFile kind) {
		return open(path, kind, ROWS_PER_BATCH, BATCHES_AHEAD);
	}

	static CsvRowBatches open(Path path, InputFile kind, int rowsPerBatch, int batchesAhead) {
		CsvSource source = CsvSource.open(path, kind);
		try {
			String threadName = kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-reader";
			CsvRowBatches batches = new CsvRowBatches(source, threadName, rowsPerBatch, batchesAhead);
			batches.reader.start();
			return batches;
		}
		catch (RuntimeException | Error ex) {
			source.close();
			throw ex;
		}
	}

	/**
	 * The next batch, or {@code null} after the last. What made the parsing fail is
	 * thrown here, the same exception, once the rows before it have been returned.
	 */
	Batch next() {
		if (this.ended) {
			return null;
		}
		Batch batch = take();
		if (batch != END) {
			return batch;
		}
		this.ended = true;
		Throwable cause = this.failure;
		if (cause instanceof RuntimeException runtimeException) {
			throw runtimeException;
		}
		if (cause instanceof Error error) {
			throw error;
		}
		if (cause != null) {
			// CsvSource declares no checked exception; should one come all the same
			throw new IllegalStateException(cause);
		}
		return null;
	}

	private Batch take() {
		try {
			return this.queue.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for rows", ex);
		}
	}

	/** Stops the parsing, if it is still going, and waits until the file is closed. */
	@Override
	public void close() {
		this.closed = true;
		// wakes a reader that waits for room in a full queue nobody takes from any more
		this.reader.interrupt();
		try {
			this.reader.join();
		}
		catch (InterruptedException ex) {
			// the reader ends on its own once it sees it is closed
			Thread.currentThread().interrupt();
		}
	}

	// for the tests, which check that closing ends it
	Thread reader() {
		return this.reader;
	}

	// on the reader thread: the source is its own from here on
	private void readAll(CsvSource source, int rowsPerBatch) {
		try (source) {
			boolean more = true;
			while (more && !this.closed) {
				List<CsvRow> rows = new ArrayList<>(rowsPerBatch);
				try {
					more = fill(rows, source, rowsPerBatch);
				}
				catch (Throwable ex) {
					this.failure = ex;
					more = false;
				}
				if (!rows.isEmpty()) {
					this.queue.put(new Batch(rows, source.charactersRead()));
				}
			}
			this.queue.put(END);
		}
		catch (InterruptedException ex) {
			// closed: nobody takes what is left
		}
	}

	// false once the file has no more rows
	private static boolean fill(List<CsvRow> rows, CsvSource source, int rowsPerBatch) {
		while (rows.size() < rowsPerBatch) {
			CsvRow row = source.next();
			if (row == null) {
				return false;
			}
			rows.add(row);
		}
		return true;
	}

	/**
	 * Rows in file order, and how far into the file the last of them starts, for
	 * progress: the caller cannot ask the source, which the reader is moving on.
	 *
	 * @param rows the rows
	 * @param charactersRead characters up to the start of the last row
	 */
	record Batch(List<CsvRow> rows, long charactersRead) {

	}

}

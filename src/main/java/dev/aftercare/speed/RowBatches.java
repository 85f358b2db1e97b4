package dev.aftercare.speed;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The rows of an input file in batches, in file order, parsed on a thread of its own: the
 * parser thread. Parsing is most of the work of reading a large file; on a thread of its
 * own it runs beside whatever the caller does with the rows. The caller keeps its own
 * thread, and so its transaction. A failure to parse is thrown to the caller after the
 * rows before it, as it would be row by row; a caller that gives up closes, which stops
 * the parsing and closes the file.
 */
public final class RowBatches<T> implements AutoCloseable {

	// large enough that handing over costs nothing next to parsing, small enough that
	// the batches in the queue stay a few megabytes
	static final int ROWS_PER_BATCH = 4_000;

	// lets the parser run on over a pause of the caller's, such as a flush of rejects,
	// while a parser that is ahead waits instead of filling the heap
	static final int BATCHES_AHEAD = 4;

	private static final Batch<?> END = new Batch<>(List.of(), -1);

	private final BlockingQueue<Batch<T>> queue;

	private final Thread reader;

	private volatile boolean closed;

	// written by the reader before it hands over END, so the caller sees it with END
	private volatile Throwable failure;

	private boolean ended;

	private RowBatches(Source<T> source, String threadName, int rowsPerBatch, int batchesAhead) {
		this.queue = new ArrayBlockingQueue<>(batchesAhead);
		this.reader = new Thread(() -> readAll(source, rowsPerBatch), threadName);
		// a reader left behind by a crash must not keep the JVM alive
		this.reader.setDaemon(true);
	}

	/**
	 * Starts parsing the rows of {@code source}, opened by the caller (so that a bad
	 * header fails on the calling thread), on a daemon thread named {@code threadName},
	 * which owns and closes the source from here on.
	 */
	public static <T> RowBatches<T> start(Source<T> source, String threadName) {
		return start(source, threadName, ROWS_PER_BATCH, BATCHES_AHEAD);
	}

	public static <T> RowBatches<T> start(Source<T> source, String threadName, int rowsPerBatch, int batchesAhead) {
		try {
			RowBatches<T> batches = new RowBatches<>(source, threadName, rowsPerBatch, batchesAhead);
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
	public Batch<T> next() {
		if (this.ended) {
			return null;
		}
		Batch<T> batch = take();
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
			// Source declares no checked exception; should one come all the same
			throw new IllegalStateException(cause);
		}
		return null;
	}

	private Batch<T> take() {
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
	@SuppressWarnings("unchecked")
	private void readAll(Source<T> source, int rowsPerBatch) {
		try (source) {
			boolean more = true;
			while (more && !this.closed) {
				List<T> rows = new ArrayList<>(rowsPerBatch);
				try {
					more = fill(rows, source, rowsPerBatch);
				}
				catch (Throwable ex) {
					this.failure = ex;
					more = false;
				}
				if (!rows.isEmpty()) {
					this.queue.put(new Batch<>(rows, source.charactersRead()));
				}
			}
			this.queue.put((Batch<T>) END);
		}
		catch (InterruptedException ex) {
			// closed: nobody takes what is left
		}
	}

	// false once the file has no more rows
	private static <T> boolean fill(List<T> rows, Source<T> source, int rowsPerBatch) {
		while (rows.size() < rowsPerBatch) {
			T row = source.next();
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
	public record Batch<T>(List<T> rows, long charactersRead) {

	}

	/** Where the rows come from: a parser over a file, read by one thread at a time. */
	public interface Source<T> extends AutoCloseable {

		/** The next row, or {@code null} after the last. */
		T next();

		/** Characters up to the start of the row {@link #next()} returned last. */
		long charactersRead();

		@Override
		void close();

	}

}

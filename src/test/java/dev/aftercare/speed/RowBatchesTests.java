package dev.aftercare.speed;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.aftercare.speed.RowBatches.Batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The parser thread against the plain path, reading the source on the caller's thread:
 * the same rows in the same order, the same failure after the same rows, and a thread
 * that ends, with its source closed, whenever the caller stops.
 */
class RowBatchesTests {

	@Test
	void givesTheRowsTheSourceGivesInOrderWithTheirPositions() {
		List<Integer> plain = new ArrayList<>();
		List<Long> plainPositions = new ArrayList<>();
		try (Numbers source = new Numbers(10_007, -1)) {
			for (Integer row = source.next(); row != null; row = source.next()) {
				plain.add(row);
				plainPositions.add(source.charactersRead());
			}
		}
		List<Integer> batched = new ArrayList<>();
		List<Long> positions = new ArrayList<>();
		try (RowBatches<Integer> batches = RowBatches.start(new Numbers(10_007, -1), "numbers", 1_000, 2)) {
			for (Batch<Integer> batch = batches.next(); batch != null; batch = batches.next()) {
				assertThat(batch.rows()).hasSizeLessThanOrEqualTo(1_000);
				batched.addAll(batch.rows());
				positions.add(batch.charactersRead());
			}
			assertThat(batches.next()).isNull();
		}
		assertThat(batched).isEqualTo(plain);
		// each batch says where its last row starts
		assertThat(positions).hasSize(11).last().isEqualTo(plainPositions.get(plainPositions.size() - 1));
		assertThat(positions.get(0)).isEqualTo(plainPositions.get(999));
	}

	@Test
	void aFailureIsThrownToTheCallerAfterTheRowsBeforeIt() {
		List<Integer> rows = new ArrayList<>();
		try (RowBatches<Integer> batches = RowBatches.start(new Numbers(100, 8), "numbers", 3, 1)) {
			assertThatIllegalArgumentException().isThrownBy(() -> {
				for (Batch<Integer> batch = batches.next(); batch != null; batch = batches.next()) {
					rows.addAll(batch.rows());
				}
			}).withMessage("row 8 is malformed");
			assertThat(batches.next()).isNull();
		}
		assertThat(rows).containsExactly(1, 2, 3, 4, 5, 6, 7);
	}

	// a timeout only so that a reader that never stops fails the test instead of hanging
	// the build
	@Test
	@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void closingAfterTheFirstBatchStopsAReaderThatWaitsForRoomAndClosesTheSource() throws Exception {
		Numbers source = new Numbers(100_000, -1);
		RowBatches<Integer> batches = RowBatches.start(source, "numbers", 100, 2);
		Thread reader = batches.reader();
		assertThat(batches.next().rows()).hasSize(100);
		waitUntilBlocked(reader);
		assertThat(source.closed).isFalse();
		batches.close();
		assertThat(reader.isAlive()).isFalse();
		assertThat(source.closed).isTrue();
	}

	@Test
	@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void aCallerThatFailsStopsTheReader() {
		Numbers source = new Numbers(100_000, -1);
		AtomicReference<Thread> reader = new AtomicReference<>();
		assertThatIllegalStateException().isThrownBy(() -> {
			try (RowBatches<Integer> batches = RowBatches.start(source, "numbers", 100, 2)) {
				reader.set(batches.reader());
				batches.next();
				throw new IllegalStateException("the database went away");
			}
		}).withMessage("the database went away");
		assertThat(reader.get().isAlive()).isFalse();
		assertThat(source.closed).isTrue();
	}

	@Test
	void theReaderIsADaemonWithTheGivenName() {
		try (RowBatches<Integer> batches = RowBatches.start(new Numbers(1, -1), "usage-reader")) {
			assertThat(batches.reader().isDaemon()).isTrue();
			assertThat(batches.reader().getName()).isEqualTo("usage-reader");
			assertThat(batches.next().rows()).containsExactly(1);
		}
	}

	// the queue is full once the reader waits: it waits for nothing else
	private static void waitUntilBlocked(Thread reader) throws InterruptedException {
		while (reader.getState() != Thread.State.WAITING) {
			assertThat(reader.isAlive()).as("reader still running").isTrue();
			Thread.sleep(1);
		}
	}

	/**
	 * 1 to {@code last}, each ten characters long, failing at {@code failAt} if not -1.
	 */
	private static final class Numbers implements RowBatches.Source<Integer> {

		private final int last;

		private final int failAt;

		private int next = 1;

		private long position = -10;

		private volatile boolean closed;

		Numbers(int last, int failAt) {
			this.last = last;
			this.failAt = failAt;
		}

		@Override
		public Integer next() {
			if (this.next == this.failAt) {
				throw new IllegalArgumentException("row " + this.failAt + " is malformed");
			}
			if (this.next > this.last) {
				return null;
			}
			this.position += 10;
			return this.next++;
		}

		@Override
		public long charactersRead() {
			return this.position;
		}

		@Override
		public void close() {
			this.closed = true;
		}

	}

}

package dev.aftercare.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.aftercare.ingest.CsvRowBatches.Batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CsvRowBatchesTests {

	private static final String USAGE_HEADER = "customer_id,service,region,date,requests\n";

	@TempDir
	Path dir;

	@Test
	void rowsComeInFileOrderAcrossBatches() throws IOException {
		Path file = write(USAGE_HEADER + rows(1, 10));
		List<List<Long>> lines = new ArrayList<>();
		try (CsvRowBatches batches = CsvRowBatches.open(file, InputFile.USAGE, 3, 1)) {
			for (Batch batch = batches.next(); batch != null; batch = batches.next()) {
				lines.add(batch.rows().stream().map(CsvRow::line).toList());
			}
			assertThat(batches.next()).isNull();
		}
		assertThat(lines).containsExactly(List.of(2L, 3L, 4L), List.of(5L, 6L, 7L), List.of(8L, 9L, 10L), List.of(11L));
	}

	@Test
	void eachBatchSaysHowFarIntoTheFileItsLastRowStarts() throws IOException {
		Path file = write(USAGE_HEADER + rows(1, 7));
		List<Long> positions = new ArrayList<>();
		try (CsvSource source = CsvSource.open(file, InputFile.USAGE)) {
			while (source.next() != null) {
				positions.add(source.charactersRead());
			}
		}
		List<Long> batchPositions = new ArrayList<>();
		try (CsvRowBatches batches = CsvRowBatches.open(file, InputFile.USAGE, 3, 1)) {
			for (Batch batch = batches.next(); batch != null; batch = batches.next()) {
				batchPositions.add(batch.charactersRead());
			}
		}
		assertThat(batchPositions).containsExactly(positions.get(2), positions.get(5), positions.get(6));
	}

	@Test
	void malformedCsvFailsWithTheSameExceptionAfterTheRowsBeforeIt() throws IOException {
		Path file = write(USAGE_HEADER + rows(1, 7) + "C000008,api,eu-west,\"2026-10-31,5\n");
		InputFileException rowByRow = catchThrowableOfType(InputFileException.class, () -> readRowByRow(file));
		assertThat(rowByRow).hasMessageStartingWith("usage.csv line 9: malformed CSV");
		List<Long> lines = new ArrayList<>();
		try (CsvRowBatches batches = CsvRowBatches.open(file, InputFile.USAGE, 3, 1)) {
			assertThatExceptionOfType(InputFileException.class).isThrownBy(() -> {
				for (Batch batch = batches.next(); batch != null; batch = batches.next()) {
					batch.rows().forEach((row) -> lines.add(row.line()));
				}
			}).withMessage(rowByRow.getMessage()).withCauseExactlyInstanceOf(rowByRow.getCause().getClass());
		}
		assertThat(lines).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
	}

	@Test
	void badHeaderFailsOnOpen() throws IOException {
		Path file = write("customer_id,service,region,date\n" + rows(1, 1));
		assertThatExceptionOfType(InputFileException.class).isThrownBy(() -> CsvRowBatches.open(file, InputFile.USAGE))
			.withMessage("usage.csv line 1: header has no required column 'requests'");
	}

	// a timeout only so that a reader that never stops fails the test instead
	// of hanging the build
	@Test
	@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void closingAfterTheFirstBatchStopsAReaderThatWaitsForRoomAndClosesTheFile() throws Exception {
		Path file = write(USAGE_HEADER + rows(1, 100_000));
		CsvRowBatches batches = CsvRowBatches.open(file, InputFile.USAGE, 100, 2);
		Thread reader = batches.reader();
		assertThat(batches.next().rows()).hasSize(100);
		waitUntilBlocked(reader);
		assertThat(openFiles()).contains(file.toRealPath());
		batches.close();
		reader.join();
		assertThat(reader.isAlive()).isFalse();
		assertThat(openFiles()).doesNotContain(file.toRealPath());
	}

	@Test
	@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void aCallerThatFailsStopsTheReader() throws IOException {
		Path file = write(USAGE_HEADER + rows(1, 100_000));
		AtomicReference<Thread> reader = new AtomicReference<>();
		assertThatIllegalStateException().isThrownBy(() -> {
			try (CsvRowBatches batches = CsvRowBatches.open(file, InputFile.USAGE, 100, 2)) {
				reader.set(batches.reader());
				batches.next();
				throw new IllegalStateException("the database went away");
			}
		}).withMessage("the database went away");
		assertThat(reader.get().isAlive()).isFalse();
	}

	@Test
	void theReaderIsADaemonNamedForItsFile() throws IOException {
		Path file = write(USAGE_HEADER + rows(1, 1));
		try (CsvRowBatches batches = CsvRowBatches.open(file, InputFile.USAGE)) {
			assertThat(batches.reader().isDaemon()).isTrue();
			assertThat(batches.reader().getName()).isEqualTo("usage-reader");
		}
	}

	private Path write(String content) throws IOException {
		return Files.writeString(this.dir.resolve("usage.csv"), content, StandardCharsets.UTF_8);
	}

	private static String rows(long first, long last) {
		StringBuilder rows = new StringBuilder();
		LongStream.rangeClosed(first, last)
			.forEach((i) -> rows.append(String.format("C%06d,api,eu-west,2026-10-01,%d\n", i, i)));
		return rows.toString();
	}

	private static void readRowByRow(Path file) {
		try (CsvSource source = CsvSource.open(file, InputFile.USAGE)) {
			while (source.next() != null) {
				// only the failure matters
			}
		}
	}

	// the queue is full once the reader waits: it waits for nothing else
	private static void waitUntilBlocked(Thread reader) throws InterruptedException {
		while (reader.getState() != Thread.State.WAITING) {
			assertThat(reader.isAlive()).as("reader still running").isTrue();
			Thread.sleep(1);
		}
	}

	private static List<Path> openFiles() throws IOException {
		Path descriptors = Path.of("/proc/self/fd");
		assumeTrue(Files.isDirectory(descriptors), "needs /proc to see which files are open");
		List<Path> open = new ArrayList<>();
		try (Stream<Path> listed = Files.list(descriptors)) {
			for (Path descriptor : listed.toList()) {
				try {
					open.add(Files.readSymbolicLink(descriptor));
				}
				catch (IOException ex) {
					// closed while listing
				}
			}
		}
		return open;
	}

}

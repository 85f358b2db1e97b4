package dev.aftercare.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.aftercare.speed.RowBatches;
import dev.aftercare.speed.RowBatches.Batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The usage file read on the parser thread ({@link RowBatches}) gives what reading it
 * with {@link CsvSource} alone gives: the same rows, positions and failures.
 */
class CsvRowBatchesTests {

	private static final String USAGE_HEADER = "customer_id,service,region,date,requests\n";

	@TempDir
	Path dir;

	@Test
	void rowsComeInFileOrderAcrossBatches() throws IOException {
		Path file = write(USAGE_HEADER + rows(1, 10));
		List<List<Long>> lines = new ArrayList<>();
		try (RowBatches<CsvRow> batches = batches(file)) {
			for (Batch<CsvRow> batch = batches.next(); batch != null; batch = batches.next()) {
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
		try (RowBatches<CsvRow> batches = batches(file)) {
			for (Batch<CsvRow> batch = batches.next(); batch != null; batch = batches.next()) {
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
		try (RowBatches<CsvRow> batches = batches(file)) {
			assertThatExceptionOfType(InputFileException.class).isThrownBy(() -> {
				for (Batch<CsvRow> batch = batches.next(); batch != null; batch = batches.next()) {
					batch.rows().forEach((row) -> lines.add(row.line()));
				}
			}).withMessage(rowByRow.getMessage()).withCauseExactlyInstanceOf(rowByRow.getCause().getClass());
		}
		assertThat(lines).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);
	}

	@Test
	void badHeaderFailsOnOpen() throws IOException {
		Path file = write("customer_id,service,region,date\n" + rows(1, 1));
		assertThatExceptionOfType(InputFileException.class).isThrownBy(() -> usage(file))
			.withMessage("usage.csv line 1: header has no required column 'requests'");
	}

	@Test
	void aSmallFileIsOneBatch() throws IOException {
		Path file = write(USAGE_HEADER + rows(1, 1));
		try (RowBatches<CsvRow> batches = RowBatches.start(usage(file), "usage-reader")) {
			assertThat(batches.next().rows()).extracting(CsvRow::line).containsExactly(2L);
		}
	}

	@Test
	void hostileRowsComeAsCsvSourceAloneReadsThem() throws IOException {
		StringBuilder content = new StringBuilder(USAGE_HEADER);
		for (int i = 1; i <= 10_000; i++) {
			String service = switch (i % 4) {
				case 0 -> "\"quoted, with comma\"";
				case 1 -> "\"two\nlines\"";
				case 2 -> "Müller 日本語 😀";
				default -> "\"\"\"\"";
			};
			content.append(String.format("C%06d,%s,eu-west,2026-10-01,%d\n", i, service, i));
		}
		Path file = write(content.toString());
		List<String> alone = new ArrayList<>();
		List<Long> alonePositions = new ArrayList<>();
		try (CsvSource source = usage(file)) {
			for (CsvRow row = source.next(); row != null; row = source.next()) {
				alone.add(row.line() + ":" + row);
				alonePositions.add(source.charactersRead());
			}
		}
		List<String> batched = new ArrayList<>();
		List<Long> lastPositions = new ArrayList<>();
		try (RowBatches<CsvRow> batches = RowBatches.start(usage(file), "usage-reader")) {
			for (Batch<CsvRow> batch = batches.next(); batch != null; batch = batches.next()) {
				batch.rows().forEach((row) -> batched.add(row.line() + ":" + row));
				lastPositions.add(batch.charactersRead());
			}
		}
		assertThat(batched).hasSize(10_000).isEqualTo(alone);
		assertThat(lastPositions).last().isEqualTo(alonePositions.get(alonePositions.size() - 1));
	}

	private static CsvSource usage(Path file) {
		return CsvSource.open(file, InputFile.USAGE);
	}

	private static RowBatches<CsvRow> batches(Path file) {
		return RowBatches.start(usage(file), "usage-reader", 3, 1);
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

}

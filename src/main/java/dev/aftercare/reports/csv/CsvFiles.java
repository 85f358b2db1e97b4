package dev.aftercare.reports.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/** How every CSV output is written: UTF-8, RFC 4180, values exactly as given. */
public final class CsvFiles {

	private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);

	private static final int BLOCK_CHARS = 64 * 1024;

	private CsvFiles() {
	}

	/**
	 * Streams the rows of {@code sql} into {@code file}, one record each.
	 * @return the number of records written
	 */
	public static long export(JdbcTemplate jdbc, Path file, String[] header, RecordMapper mapper, String sql,
			Object... arguments) throws IOException {
		long[] count = { 0 };
		// the printer appends a character at a time, and a file writer takes its lock for
		// each: records go to memory first and to the file a block at a time
		StringBuilder block = new StringBuilder(2 * BLOCK_CHARS);
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(block, CSVFormat.RFC4180.builder().setHeader(header).get())) {
			jdbc.query(sql, (RowCallbackHandler) (rs) -> {
				try {
					// what printRecord does, without the stream it builds for every
					// record
					for (Object value : mapper.map(rs)) {
						printer.print(value);
					}
					printer.println();
					count[0]++;
					if (block.length() >= BLOCK_CHARS) {
						writer.append(block);
						block.setLength(0);
					}
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}, arguments);
			writer.append(block);
		}
		return count[0];
	}

	/** A decimal without exponent or trailing zeros: 99.95, 10, 7.5. */
	public static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

	/** Seconds as minutes with two decimals, half-up. */
	public static String minutes(BigDecimal seconds) {
		return seconds.divide(SECONDS_PER_MINUTE, 2, RoundingMode.HALF_UP).toPlainString();
	}

	/** How a row of a query becomes a CSV record. */
	@FunctionalInterface
	public interface RecordMapper {

		Object[] map(ResultSet rs) throws SQLException;

	}

	/** An instant in UTC, {@code Z} form. */
	public static String utc(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

}

package dev.aftercare.reports.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** How every CSV output is written: UTF-8, RFC 4180, values exactly as given. */
public final class CsvFiles {

	private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);

	private CsvFiles() {
	}

	public static CSVPrinter create(Path file, String... header) throws IOException {
		BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
		return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get());
	}

	/** A decimal without exponent or trailing zeros: 99.95, 10, 7.5. */
	public static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

	/** Seconds as minutes with two decimals, half-up. */
	public static String minutes(BigDecimal seconds) {
		return seconds.divide(SECONDS_PER_MINUTE, 2, RoundingMode.HALF_UP).toPlainString();
	}

	/** An instant in UTC, {@code Z} form. */
	public static String utc(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

}

package dev.aftercare.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One RFC 4180 output file, written through a large buffer; {@code null} values are
 * written as empty cells.
 */
final class CsvOut implements Closeable {

	private static final int BUFFER = 1 << 16;

	private final CSVPrinter printer;

	CsvOut(Path file, List<String> header) throws IOException {
		BufferedWriter writer = new BufferedWriter(
				new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER);
		this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
		this.printer.printRecord(header);
	}

	void row(Object... values) throws IOException {
		this.printer.printRecord(values);
	}

	@Override
	public void close() throws IOException {
		this.printer.close(true);
	}

}

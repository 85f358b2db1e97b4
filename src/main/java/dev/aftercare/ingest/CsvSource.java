package dev.aftercare.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import dev.aftercare.speed.RowBatches;

/**
 * An open input file: its checked header, then its records one by one, each with the line
 * it starts on.
 */
final class CsvSource implements RowBatches.Source<CsvRow> {

	private static final char BOM = '\uFEFF';

	// empty lines are kept so that the parser's line count stays exact; next() skips them
	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setAllowMissingColumnNames(true)
		.setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
		.setIgnoreEmptyLines(false)
		.get();

	private final String file;

	private final BoundedCsvReader bounded;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final List<String> header;

	private final RecordValues.HeaderIndex headerIndex;

	private long lastPosition;

	private CsvSource(String file, BoundedCsvReader bounded, CSVParser parser, List<String> header) {
		this.file = file;
		this.bounded = bounded;
		this.parser = parser;
		this.records = parser.iterator();
		this.header = header;
		this.headerIndex = new RecordValues.HeaderIndex(header);
	}

	/** Opens {@code path} and checks its header against {@code kind}. */
	static CsvSource open(Path path, InputFile kind) {
		return open(path, kind, kind.fileName());
	}

	/**
	 * Opens {@code path}, one of the files of {@code kind} (a part of usage), named
	 * {@code file} in its rows and errors.
	 */
	static CsvSource open(Path path, InputFile kind, String file) {
		BoundedCsvReader reader = new BoundedCsvReader(openReader(path, file));
		CSVParser parser;
		try {
			parser = FORMAT.parse(reader);
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			closeQuietly(reader);
			throw failure(file, 1, "unreadable header", ex);
		}
		List<String> header = parser.getHeaderNames().stream().map(String::strip).toList();
		try {
			checkHeader(file, kind, header);
		}
		catch (InputFileException ex) {
			closeQuietly(parser);
			throw ex;
		}
		return new CsvSource(file, reader, parser, header);
	}

	private static Reader openReader(Path path, String file) {
		PushbackReader reader;
		try {
			reader = new PushbackReader(new BufferedReader(new InputStreamReader(Files.newInputStream(path), utf8())),
					1);
		}
		catch (IOException ex) {
			String why = (ex instanceof NoSuchFileException) ? "no such file" : describe(ex);
			throw new InputFileException(file + ": cannot read " + path + " (" + why + ")", ex);
		}
		try {
			int first = reader.read();
			if (first != -1 && first != BOM) {
				reader.unread(first);
			}
			return reader;
		}
		catch (IOException ex) {
			closeQuietly(reader);
			throw failure(file, 1, "unreadable header", ex);
		}
	}

	// bytes that are not UTF-8 become a mark, so that they reject their row, not the file
	private static CharsetDecoder utf8() {
		return StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE)
			.replaceWith(String.valueOf(Marks.NOT_UTF8));
	}

	private static void checkHeader(String file, InputFile kind, List<String> header) {
		for (String column : header) {
			if (column.indexOf(Marks.NOT_UTF8) >= 0) {
				throw InputFileException.at(file, 1, "header is not valid UTF-8");
			}
		}
		for (String column : kind.requiredColumns()) {
			if (!header.contains(column)) {
				throw InputFileException.at(file, 1, "header has no required column '" + column + "'");
			}
		}
		Set<String> seen = new HashSet<>();
		for (String column : header) {
			if (!seen.add(column) && kind.defines(column)) {
				throw InputFileException.at(file, 1, "header has column '" + column + "' more than once");
			}
		}
	}

	/**
	 * Characters read so far, up to the start of the last record returned: for progress.
	 */
	@Override
	public long charactersRead() {
		return this.lastPosition;
	}

	List<String> header() {
		return this.header;
	}

	/**
	 * The next record, or {@code null} at the end of the file. Empty lines are skipped.
	 */
	@Override
	public CsvRow next() {
		while (true) {
			long line = this.parser.getCurrentLineNumber() + 1;
			CSVRecord record;
			try {
				if (!this.records.hasNext()) {
					return null;
				}
				record = this.records.next();
			}
			catch (UncheckedIOException ex) {
				throw failure(this.file, line, "malformed CSV", ex);
			}
			if (record.size() == 1 && record.get(0).isEmpty()) {
				continue;
			}
			this.lastPosition = record.getCharacterPosition();
			return toRow(line + this.bounded.droppedLinesBefore(this.lastPosition), record);
		}
	}

	private CsvRow toRow(long line, CSVRecord record) {
		List<String> cells = Arrays.asList(record.values());
		return new CsvRow(this.file, line, new RecordValues(this.headerIndex, cells), cells);
	}

	@Override
	public void close() {
		closeQuietly(this.parser);
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// nothing was written, nothing to lose
		}
	}

	private static InputFileException failure(String file, long line, String what, Exception ex) {
		Throwable cause = (ex instanceof UncheckedIOException && ex.getCause() != null) ? ex.getCause() : ex;
		return InputFileException.at(file, line, what + " (" + describe(cause) + ")", ex);
	}

	private static String describe(Throwable ex) {
		return (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
	}

}

package dev.aftercare.ingest;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One record of an input file.
 *
 * @param file the file name, such as {@code customers.csv}
 * @param line the physical line the record starts on (the header is line 1)
 * @param values header name to cell value; a column missing from a short record is absent
 * @param cells the record's cells in file order, for {@link #record()}
 */
public record CsvRow(String file, long line, Map<String, String> values, List<String> cells) {

	public CsvRow {
		// the reader hands over a fresh map per row: wrapping it is enough
		values = Collections.unmodifiableMap(values);
		cells = Collections.unmodifiableList(cells);
	}

	/**
	 * The record as text, re-serialized in RFC 4180 with minimal quoting. Made only when
	 * asked, which is for a rejected row: most rows are never written back.
	 */
	public String record() {
		return RecordText.of(this.cells);
	}

	/**
	 * The value with surrounding whitespace removed; {@code null} when missing or blank.
	 */
	public String get(String column) {
		String value = raw(column);
		return (value != null) ? value.strip() : null;
	}

	/**
	 * The value exactly as it came, for free text such as names; {@code null} when
	 * missing or blank (an empty cell is an absent value).
	 */
	public String raw(String column) {
		String value = this.values.get(column);
		return (value == null || value.isBlank()) ? null : value;
	}

}

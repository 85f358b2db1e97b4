package dev.aftercare.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record of an input file.
 *
 * @param file the file name, such as {@code customers.csv}
 * @param line the physical line the record starts on (the header is line 1)
 * @param values header name to cell value; a column missing from a short record is absent
 * @param record the record as text, re-serialized in RFC 4180 with minimal quoting
 */
public record CsvRow(String file, long line, Map<String, String> values, String record) {

	public CsvRow {
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
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

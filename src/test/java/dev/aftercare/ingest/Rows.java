package dev.aftercare.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows for the checks, built from column/value pairs. */
final class Rows {

	private Rows() {
	}

	static CsvRow row(InputFile file, long line, String... columnsAndValues) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < columnsAndValues.length; i += 2) {
			values.put(columnsAndValues[i], columnsAndValues[i + 1]);
		}
		return new CsvRow(file.fileName(), line, values, new ArrayList<>(values.values()));
	}

	/**
	 * {@code base} with some columns replaced (a {@code null} value removes the column).
	 */
	static CsvRow with(CsvRow base, String... columnsAndValues) {
		Map<String, String> values = new LinkedHashMap<>(base.values());
		for (int i = 0; i < columnsAndValues.length; i += 2) {
			if (columnsAndValues[i + 1] == null) {
				values.remove(columnsAndValues[i]);
			}
			else {
				values.put(columnsAndValues[i], columnsAndValues[i + 1]);
			}
		}
		return new CsvRow(base.file(), base.line(), values, List.copyOf(values.values()));
	}

	static CsvRow at(CsvRow base, long line) {
		return new CsvRow(base.file(), line, base.values(), base.cells());
	}

}

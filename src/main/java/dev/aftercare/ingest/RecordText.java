package dev.aftercare.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A record written back as one RFC 4180 line: a value is quoted only when it holds a
 * comma, a quote or a line break.
 */
final class RecordText {

	private RecordText() {
	}

	static String of(List<String> values) {
		return values.stream().map(RecordText::quoted).collect(Collectors.joining(","));
	}

	private static String quoted(String value) {
		boolean needsQuotes = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
				|| value.indexOf('\r') >= 0;
		return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
	}

}

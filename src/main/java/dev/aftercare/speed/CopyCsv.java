package dev.aftercare.speed;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Values as text for a {@code COPY ... (FORMAT csv)} stream: an unquoted empty value is
 * NULL, so an empty text is quoted.
 */
public final class CopyCsv {

	private CopyCsv() {
	}

	/**
	 * Appends a value: {@code null}, text, a whole number, a {@link BigDecimal}, a
	 * {@link LocalDate}, an {@link Instant}, a boolean, or a collection of texts (an
	 * array).
	 */
	public static void value(StringBuilder out, Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof String text) {
			field(out, text);
		}
		else if (value instanceof Long || value instanceof Integer || value instanceof Boolean
				|| value instanceof LocalDate || value instanceof Instant) {
			// Instant prints as ISO 8601 in UTC, which a timestamptz column reads exactly
			out.append(value);
		}
		else if (value instanceof BigDecimal decimal) {
			out.append(decimal.toPlainString());
		}
		else if (value instanceof Collection<?> items) {
			field(out, arrayLiteral(items));
		}
		else {
			throw new IllegalArgumentException("no COPY text for a " + value.getClass().getName());
		}
	}

	/** Appends a text, quoted only when it has to be. */
	public static void field(StringBuilder out, String value) {
		if (isPlain(value)) {
			out.append(value);
			return;
		}
		out.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"') {
				out.append('"');
			}
			out.append(c);
		}
		out.append('"');
	}

	/**
	 * Appends a date as {@code YYYY-MM-DD}, without the formatter: usage has millions.
	 */
	public static void date(StringBuilder out, LocalDate date) {
		int year = date.getYear();
		if (year < 1000 || year > 9999) {
			out.append(date);
			return;
		}
		out.append(year).append('-');
		twoDigits(out, date.getMonthValue()).append('-');
		twoDigits(out, date.getDayOfMonth());
	}

	private static StringBuilder twoDigits(StringBuilder out, int value) {
		return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
	}

	// one pass instead of a search per special character: this runs for every usage row
	private static boolean isPlain(String value) {
		if (value.isEmpty()) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == ',' || c == '"' || c == '\n' || c == '\r') {
				return false;
			}
		}
		return true;
	}

	// a PostgreSQL array literal with every item quoted, so no item is read as NULL
	private static String arrayLiteral(Collection<?> items) {
		StringBuilder literal = new StringBuilder("{");
		for (Object item : items) {
			if (literal.length() > 1) {
				literal.append(',');
			}
			literal.append('"');
			String text = item.toString();
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '"' || c == '\\') {
					literal.append('\\');
				}
				literal.append(c);
			}
			literal.append('"');
		}
		return literal.append('}').toString();
	}

}

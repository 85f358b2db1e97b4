package dev.aftercare.system;

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
		if (!value.isEmpty() && value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
				&& value.indexOf('\r') < 0) {
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

package dev.aftercare.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The values of one row parsed as the contract says, each failure a {@link RowRejection}
 * that names the column and the value. Every value is read through {@link #text} and so
 * passes {@link CellText} before anything uses it, quotes it in a reason or stores it; a
 * record the reader cut is rejected whole.
 */
final class Cells {

	private final CsvRow row;

	Cells(CsvRow row) {
		if (wasCut(row)) {
			throw new RowRejection(
					"the record is longer than %,d characters, the limit for a record".formatted(Limits.RECORD_CAP));
		}
		this.row = row;
	}

	private static boolean wasCut(CsvRow row) {
		List<String> cells = row.cells();
		if (cells.isEmpty()) {
			return false;
		}
		String last = cells.get(cells.size() - 1);
		return !last.isEmpty() && last.charAt(last.length() - 1) == Marks.RECORD_CUT;
	}

	long line() {
		return this.row.line();
	}

	/** A value other than free text, trimmed. */
	String required(String column) {
		String value = optional(column);
		if (value == null) {
			throw missing(column);
		}
		return value;
	}

	String optional(String column) {
		String value = text(column);
		return (value != null) ? value.strip() : null;
	}

	/** Free text, exactly as it came. */
	String requiredText(String column) {
		String value = text(column);
		if (value == null) {
			throw missing(column);
		}
		return value;
	}

	/** The value exactly as it came, once it has passed {@link CellText}. */
	String text(String column) {
		String value = this.row.raw(column);
		if (value != null) {
			CellText.check(column, value);
		}
		return value;
	}

	Instant requiredInstant(String column) {
		return instant(column, required(column));
	}

	Instant instant(String column) {
		String value = optional(column);
		return (value != null) ? instant(column, value) : null;
	}

	private static Instant instant(String column, String value) {
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new RowRejection(column + " '" + value
					+ "' is not an ISO-8601 instant with an offset, such as 2026-10-03T14:05:00Z");
		}
	}

	LocalDate requiredDate(String column) {
		return date(column, required(column));
	}

	LocalDate date(String column) {
		String value = optional(column);
		return (value != null) ? date(column, value) : null;
	}

	private static LocalDate date(String column, String value) {
		try {
			return isPlainDate(value) ? plainDate(value) : LocalDate.parse(value);
		}
		catch (DateTimeException ex) {
			throw new RowRejection(column + " '" + value + "' is not a date YYYY-MM-DD");
		}
	}

	// usage has a date on each of its tens of millions of rows, and the ISO formatter is
	// slow: the plain form is read directly, with the formatter's strict checks
	private static boolean isPlainDate(String value) {
		if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
			return false;
		}
		for (int i = 0; i < 10; i++) {
			if (i != 4 && i != 7 && !isDigit(value.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static LocalDate plainDate(String value) {
		return LocalDate.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
	}

	private static int digits(String value, int from, int to) {
		int number = 0;
		for (int i = from; i < to; i++) {
			number = number * 10 + (value.charAt(i) - '0');
		}
		return number;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	/** A whole number ≥ 0, written in plain digits. */
	long requiredCount(String column) {
		return count(column, required(column));
	}

	Long count(String column) {
		String value = optional(column);
		return (value != null) ? count(column, value) : null;
	}

	private static long count(String column, String value) {
		if (!isWholeNumber(value)) {
			throw new RowRejection(column + " '" + value + "' is not a whole number ≥ 0");
		}
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new RowRejection(column + " '" + value + "' is too large");
		}
	}

	private static boolean isWholeNumber(String value) {
		for (int i = 0; i < value.length(); i++) {
			if (!isDigit(value.charAt(i))) {
				return false;
			}
		}
		return !value.isEmpty();
	}

	/** One of the codes of an enum, exactly as the contract writes them. */
	<E> E requiredCode(String column, Function<String, Optional<E>> fromCode, Collection<String> codes) {
		return code(column, required(column), fromCode, codes);
	}

	<E> E code(String column, Function<String, Optional<E>> fromCode, Collection<String> codes) {
		String value = optional(column);
		return (value != null) ? code(column, value, fromCode, codes) : null;
	}

	private static <E> E code(String column, String value, Function<String, Optional<E>> fromCode,
			Collection<String> codes) {
		return fromCode.apply(value).orElseThrow(() -> notOneOf(column, value, codes));
	}

	/** One of {@code codes}, as the string itself. */
	String oneOf(String column, List<String> codes) {
		String value = optional(column);
		if (value != null && !codes.contains(value)) {
			throw notOneOf(column, value, codes);
		}
		return value;
	}

	String requiredOneOf(String column, List<String> codes) {
		required(column);
		return oneOf(column, codes);
	}

	/**
	 * A {@code ;} list: items trimmed, empty items dropped, repeats dropped; empty when
	 * absent.
	 */
	List<String> list(String column) {
		String value = optional(column);
		if (value == null) {
			return List.of();
		}
		return List.copyOf(Arrays.stream(value.split(";"))
			.map(String::strip)
			.filter((item) -> !item.isEmpty())
			.collect(LinkedHashSet::new, LinkedHashSet::add, LinkedHashSet::addAll));
	}

	/** A required {@code ;} list with at least one item. */
	List<String> requiredList(String column) {
		String value = required(column);
		List<String> items = list(column);
		if (items.isEmpty()) {
			throw new RowRejection(column + " '" + value + "' lists nothing");
		}
		return items;
	}

	/**
	 * A list of regions where {@code *} stands for all of them: then the list is empty.
	 */
	List<String> regions(String column) {
		List<String> items = list(column);
		if (items.contains("*")) {
			if (items.size() > 1) {
				throw new RowRejection(column + " '" + optional(column) + "' mixes '*' with named regions");
			}
			return List.of();
		}
		return items;
	}

	static RowRejection missing(String column) {
		return new RowRejection(column + " is required but empty");
	}

	static RowRejection notOneOf(String column, String value, Collection<String> codes) {
		return new RowRejection(column + " '" + value + "' is not one of " + String.join(", ", codes));
	}

}

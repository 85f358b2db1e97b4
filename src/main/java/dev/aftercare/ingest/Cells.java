package dev.aftercare.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The values of one row parsed as the contract says, each failure a {@link RowRejection}
 * that names the column and the value.
 */
final class Cells {

	private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d+");

	private final CsvRow row;

	Cells(CsvRow row) {
		this.row = row;
	}

	long line() {
		return this.row.line();
	}

	/** A value other than free text, trimmed. */
	String required(String column) {
		String value = this.row.get(column);
		if (value == null) {
			throw missing(column);
		}
		return value;
	}

	String optional(String column) {
		return this.row.get(column);
	}

	/** Free text, exactly as it came. */
	String requiredText(String column) {
		String value = this.row.raw(column);
		if (value == null) {
			throw missing(column);
		}
		return value;
	}

	String text(String column) {
		return this.row.raw(column);
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
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new RowRejection(column + " '" + value + "' is not a date YYYY-MM-DD");
		}
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
		if (!WHOLE_NUMBER.matcher(value).matches()) {
			throw new RowRejection(column + " '" + value + "' is not a whole number ≥ 0");
		}
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new RowRejection(column + " '" + value + "' is too large");
		}
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

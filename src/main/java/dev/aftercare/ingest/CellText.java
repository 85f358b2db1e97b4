package dev.aftercare.ingest;

/**
 * Checks that a value can go anywhere the job writes it: within its column's
 * {@link Limits limit}, valid UTF-8, and free of characters that break {@code COPY}
 * (NUL), a workbook (XML 1.0 allows no other C0 control than tab, line feed and carriage
 * return, nor U+FFFE and U+FFFF) or a PDF.
 */
final class CellText {

	private CellText() {
	}

	/** Throws a {@link RowRejection} naming the column when {@code value} fails. */
	static void check(String column, String value) {
		int limit = Limits.of(column);
		if (value.length() > limit) {
			throw tooLong(column, value, limit);
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20) {
				if (c != '\t' && c != '\n' && c != '\r') {
					throw new RowRejection(column + " holds " + control(c) + " at character " + (i + 1));
				}
			}
			else if (Character.isSurrogate(c)) {
				if (Character.isHighSurrogate(c) && i + 1 < value.length()
						&& Character.isLowSurrogate(value.charAt(i + 1))) {
					i++;
				}
				else {
					// the reader's marks and broken pairs both come from bytes that are
					// not
					// UTF-8
					throw new RowRejection(column + " holds bytes that are not valid UTF-8 at character " + (i + 1));
				}
			}
			else if (c == '\uFFFE' || c == '\uFFFF') {
				throw new RowRejection(column + " holds " + code(c)
						+ ", which is not a character (a workbook cannot hold it), at character " + (i + 1));
			}
		}
	}

	private static RowRejection tooLong(String column, String value, int limit) {
		String length = (value.charAt(value.length() - 1) == Marks.VALUE_CUT)
				? "more than %,d".formatted(Limits.VALUE_CAP) : "%,d".formatted(value.length());
		return new RowRejection("%s has %s characters, over its limit of %,d".formatted(column, length, limit));
	}

	private static String control(char c) {
		return (c == 0) ? "a NUL byte" : "the control character " + code(c);
	}

	private static String code(char c) {
		return "U+%04X".formatted((int) c);
	}

}

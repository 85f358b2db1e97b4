package dev.aftercare.approvals;

/**
 * Text a person typed into a workbook (a reviewer, a comment, support's notes) is as
 * hostile as any input: it goes into PostgreSQL, which takes no NUL, into billing's CSV,
 * and back into the next run's workbook, whose cells hold at most 32,767 characters.
 */
final class TypedText {

	/** Names and statuses: one line. */
	static final int NAME = 200;

	/** Comments and notes: room for a paragraph, far below a cell's limit. */
	static final int NOTE = 5_000;

	private TypedText() {
	}

	/**
	 * What is wrong with {@code value}, or {@code null} when it may be stored: at most
	 * {@code limit} characters, no control character but tab and line breaks (and those
	 * only when {@code multiline}), no U+FFFE or U+FFFF.
	 */
	static String problem(String value, int limit, boolean multiline) {
		if (value == null) {
			return null;
		}
		if (value.length() > limit) {
			return "%,d characters, over the limit of %,d".formatted(value.length(), limit);
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean lineBreak = c == '\n' || c == '\r';
			if ((c < 0x20 && c != '\t' && !(multiline && lineBreak)) || c == '\uFFFE' || c == '\uFFFF'
					|| (!multiline && lineBreak)) {
				return "the character U+%04X at character %d".formatted((int) c, i + 1);
			}
		}
		return null;
	}

}

package dev.aftercare.ingest;

/**
 * A rejected record or reason made fit for {@code rejects.csv} and the database: what
 * cannot be stored or read shows as a visible stand-in (a NUL as ␀, any other control
 * character as its control picture, bytes that were not UTF-8 as �), and a record longer
 * than {@link #MAX} characters is cut with a marker. Tab and line breaks stay: the CSV
 * quotes them.
 */
final class RejectText {

	/** The most characters of a record {@code rejects.csv} shows. */
	static final int MAX = 1_000;

	static final String CUT = "…[cut]";

	private static final char CONTROL_PICTURES = '\u2400';

	private static final char REPLACEMENT = '\uFFFD';

	private RejectText() {
	}

	static String of(String text) {
		StringBuilder readable = new StringBuilder(Math.min(text.length(), MAX + CUT.length()));
		for (int i = 0; i < text.length(); i++) {
			if (readable.length() >= MAX) {
				return readable.append(CUT).toString();
			}
			char c = text.charAt(i);
			if (c == Marks.VALUE_CUT || c == Marks.RECORD_CUT) {
				readable.append(CUT);
			}
			else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
				readable.append((char) (CONTROL_PICTURES + c));
			}
			else if (Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1))) {
				readable.append(c).append(text.charAt(++i));
			}
			else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
				readable.append(REPLACEMENT);
			}
			else {
				readable.append(c);
			}
		}
		return readable.toString();
	}

}

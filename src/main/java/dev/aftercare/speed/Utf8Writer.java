package dev.aftercare.speed;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * UTF-8 into a stream through one buffer, for a single thread. A sheet's XML reaches its
 * temporary file in tens of millions of small writes; a BufferedWriter over an
 * OutputStreamWriter takes a lock and copies twice for each. The bytes are those of
 * {@code OutputStreamWriter} with UTF-8: a surrogate without its other half becomes
 * {@code ?}. Text of the sheet escapes and encodes in one pass:
 * {@link #writeEscaped(String)}.
 */
final class Utf8Writer extends Writer {

	/** The most bytes a character takes escaped: {@code &quot;}. */
	private static final int MAX_ESCAPED = 6;

	/**
	 * What stands for an ASCII character in the text of the sheet, or null for itself.
	 */
	private static final String[] ASCII_ESCAPES = new String[0x80];

	static {
		for (char c = 0; c < ' '; c++) {
			ASCII_ESCAPES[c] = "?";
		}
		ASCII_ESCAPES['\t'] = "&#x9;";
		ASCII_ESCAPES['\n'] = "&#xa;";
		ASCII_ESCAPES['\r'] = "&#xd;";
		ASCII_ESCAPES['<'] = "&lt;";
		ASCII_ESCAPES['>'] = "&gt;";
		ASCII_ESCAPES['&'] = "&amp;";
		ASCII_ESCAPES['"'] = "&quot;";
	}

	private final OutputStream out;

	private final byte[] buffer = new byte[1 << 16];

	private int count;

	/** A high surrogate whose low one may come with the next write, or 0. */
	private char pending;

	private boolean closed;

	Utf8Writer(OutputStream out) {
		this.out = out;
	}

	@Override
	public void write(int c) throws IOException {
		encode((char) c);
	}

	@Override
	public void write(String text, int offset, int length) throws IOException {
		for (int i = offset, end = offset + length; i < end; i++) {
			char c = text.charAt(i);
			if (c < 0x80 && this.pending == 0) {
				if (this.count == this.buffer.length) {
					drain();
				}
				this.buffer[this.count++] = (byte) c;
			}
			else {
				encode(c);
			}
		}
	}

	@Override
	public void write(char[] chars, int offset, int length) throws IOException {
		for (int i = offset, end = offset + length; i < end; i++) {
			encode(chars[i]);
		}
	}

	/**
	 * {@code text} as POI's SheetDataWriter escapes it, character by character: the five
	 * XML specials, tab, line feed, carriage return and no-break space as entities, other
	 * control characters and the non-characters U+FFFE and U+FFFF as {@code ?} (what
	 * XMLBeans would make of them).
	 */
	void writeEscaped(String text) throws IOException {
		int length = text.length();
		int i = 0;
		while (i < length) {
			if (this.buffer.length - this.count <= MAX_ESCAPED) {
				drain();
			}
			// as many characters as fit even if each is escaped (one byte more: the ? of
			// a
			// lone surrogate left from before), so that the loop checks no room
			int end = Math.min(length, i + (this.buffer.length - this.count - 1) / MAX_ESCAPED);
			byte[] bytes = this.buffer;
			int n = this.count;
			for (; i < end; i++) {
				char c = text.charAt(i);
				String escaped;
				if (c >= 0x80 || this.pending != 0) {
					this.count = n;
					escapeAndEncode(c);
					n = this.count;
				}
				else if ((escaped = ASCII_ESCAPES[c]) == null) {
					bytes[n++] = (byte) c;
				}
				else {
					for (int k = 0; k < escaped.length(); k++) {
						bytes[n++] = (byte) escaped.charAt(k);
					}
				}
			}
			this.count = n;
		}
	}

	private void escapeAndEncode(char c) throws IOException {
		String escaped = (c < 0x80) ? ASCII_ESCAPES[c] : (c == '\u00A0') ? "&#xa0;" : (c >= '\uFFFE') ? "?" : null;
		if (escaped == null) {
			encode(c);
		}
		else {
			for (int k = 0; k < escaped.length(); k++) {
				encode(escaped.charAt(k));
			}
		}
	}

	private void encode(char c) throws IOException {
		if (this.buffer.length - this.count < 4) {
			drain();
		}
		if (this.pending != 0) {
			char high = this.pending;
			this.pending = 0;
			if (Character.isLowSurrogate(c)) {
				int code = Character.toCodePoint(high, c);
				put(0xF0 | (code >> 18));
				put(0x80 | ((code >> 12) & 0x3F));
				put(0x80 | ((code >> 6) & 0x3F));
				put(0x80 | (code & 0x3F));
				return;
			}
			put('?');
		}
		if (c < 0x80) {
			put(c);
		}
		else if (c < 0x800) {
			put(0xC0 | (c >> 6));
			put(0x80 | (c & 0x3F));
		}
		else if (Character.isHighSurrogate(c)) {
			this.pending = c;
		}
		else if (Character.isLowSurrogate(c)) {
			put('?');
		}
		else {
			put(0xE0 | (c >> 12));
			put(0x80 | ((c >> 6) & 0x3F));
			put(0x80 | (c & 0x3F));
		}
	}

	private void put(int b) {
		this.buffer[this.count++] = (byte) b;
	}

	private void drain() throws IOException {
		this.out.write(this.buffer, 0, this.count);
		this.count = 0;
	}

	@Override
	public void flush() throws IOException {
		drain();
		this.out.flush();
	}

	@Override
	public void close() throws IOException {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			if (this.pending != 0) {
				this.pending = 0;
				if (this.count == this.buffer.length) {
					drain();
				}
				put('?');
			}
			drain();
		}
		finally {
			this.out.close();
		}
	}

}

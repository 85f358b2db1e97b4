package dev.aftercare.reports.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * UTF-8 into a stream through one buffer, for a single thread. A sheet's XML reaches its
 * temporary file in tens of millions of small writes; a BufferedWriter over an
 * OutputStreamWriter takes a lock and copies twice for each. The bytes are those of
 * {@code OutputStreamWriter} with UTF-8: a surrogate without its other half becomes
 * {@code ?}.
 */
final class Utf8Writer extends Writer {

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

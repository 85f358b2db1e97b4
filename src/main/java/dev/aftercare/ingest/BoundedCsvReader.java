package dev.aftercare.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Passes RFC 4180 text on to the CSV parser with every value and record bounded. The
 * parser holds a whole record in memory, so a 10 MB value would be 10 MB on the heap, and
 * a 10 GB one the end of the run: past {@link Limits#VALUE_CAP} characters the rest of a
 * value is dropped and the value ends with {@link Marks#VALUE_CUT}; past
 * {@link Limits#RECORD_CAP} the rest of the record is dropped and its last value ends
 * with {@link Marks#RECORD_CUT}. The parser still sees well-formed CSV (a quote left open
 * is closed), and the checks reject what was cut. Line breaks dropped inside a quoted
 * value are counted, so that later records keep their line numbers.
 */
final class BoundedCsvReader extends Reader {

	private enum State {

		/** At the start of a value. */
		START,
		/** In a value without quotes. */
		PLAIN,
		/** In a quoted value. */
		QUOTED,
		/** After a quote in a quoted value: an escaped quote or the closing one. */
		QUOTE,
		/** After the closing quote. */
		AFTER

	}

	private final Reader in;

	private final int valueCap;

	private final int recordCap;

	// off only in the test that holds the fast path to the plain one
	private final boolean runs;

	private final char[] input = new char[8192];

	// what the reader changed in the input, when it changed anything; else the input
	// itself is passed on, uncopied
	private char[] changed = new char[16384];

	private int changedEnd;

	private char[] serving = this.input;

	private int servingStart;

	private int servingEnd;

	// the input character being looked at, and the first one not yet copied into
	// `changed`
	private int at;

	private int uncopied;

	private State state = State.START;

	private int valueLength;

	private int recordLength;

	private boolean droppingValue;

	private boolean droppingRecord;

	// whether the parser has seen the opening quote of the value and not yet its closing
	private boolean quoteOpen;

	// whether the quote that took us into QUOTE was passed on
	private boolean quotePassed;

	private char previous;

	private long passed;

	private long droppedLines;

	// {position in the text passed on, line breaks dropped up to there}, in order
	private final ArrayDeque<long[]> drops = new ArrayDeque<>();

	private long droppedBefore;

	BoundedCsvReader(Reader in) {
		this(in, Limits.VALUE_CAP, Limits.RECORD_CAP);
	}

	BoundedCsvReader(Reader in, int valueCap, int recordCap) {
		this(in, valueCap, recordCap, true);
	}

	BoundedCsvReader(Reader in, int valueCap, int recordCap, boolean runs) {
		this.in = in;
		this.valueCap = valueCap;
		this.recordCap = recordCap;
		this.runs = runs;
	}

	/**
	 * Line breaks dropped before {@code position} of the text passed on, for a record
	 * that starts there. Asked in increasing positions.
	 */
	long droppedLinesBefore(long position) {
		while (!this.drops.isEmpty() && this.drops.peekFirst()[0] < position) {
			this.droppedBefore = this.drops.removeFirst()[1];
		}
		return this.droppedBefore;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		while (this.servingStart == this.servingEnd) {
			if (!fill()) {
				return -1;
			}
		}
		int count = Math.min(length, this.servingEnd - this.servingStart);
		System.arraycopy(this.serving, this.servingStart, buffer, offset, count);
		this.servingStart += count;
		return count;
	}

	// false at the end of the input, once everything is passed on
	private boolean fill() throws IOException {
		this.changedEnd = 0;
		this.uncopied = 0;
		int count = this.in.read(this.input);
		if (count < 0) {
			if (this.quoteOpen && (this.droppingValue || this.droppingRecord)) {
				this.at = 0;
				insert('"');
				this.quoteOpen = false;
			}
			serve(this.changed, this.changedEnd);
			return this.changedEnd > 0;
		}
		this.at = 0;
		while (this.at < count) {
			int end = plainRun(this.at, count);
			if (end > this.at) {
				this.at = end;
			}
			else {
				accept(this.input[this.at]);
				this.at++;
			}
		}
		if (this.changedEnd == 0 && this.uncopied == 0) {
			serve(this.input, count);
		}
		else {
			copyUpTo(count);
			serve(this.changed, this.changedEnd);
		}
		return true;
	}

	private void serve(char[] chars, int end) {
		this.serving = chars;
		this.servingStart = 0;
		this.servingEnd = end;
	}

	// most of a large file is values without quotes, far from either cap: a run of them,
	// commas and line breaks included, is followed here with the state in locals, the
	// way accept() would follow it; anything else is left to accept()
	private int plainRun(int from, int count) {
		if (!this.runs || this.droppingValue || this.droppingRecord) {
			return from;
		}
		if (this.state == State.QUOTED) {
			return quotedRun(from, count);
		}
		if (this.state != State.START && this.state != State.PLAIN) {
			return from;
		}
		char[] chars = this.input;
		boolean start = this.state == State.START;
		int value = this.valueLength;
		int record = this.recordLength;
		int i = from;
		while (i < count) {
			char c = chars[i];
			if (c == ',') {
				if (record + 1 >= this.recordCap) {
					break;
				}
				record++;
				value = 0;
				start = true;
			}
			else if (c == '\n' || c == '\r') {
				record = 0;
				value = 0;
				start = true;
			}
			else if ((c == '"' && start) || value >= this.valueCap || record >= this.recordCap) {
				break;
			}
			else {
				value++;
				record++;
				start = false;
			}
			i++;
		}
		if (i > from) {
			this.state = start ? State.START : State.PLAIN;
			this.valueLength = value;
			this.recordLength = record;
			this.passed += i - from;
			this.previous = chars[i - 1];
		}
		return i;
	}

	// a quoted value up to its next quote or line break, within the caps
	private int quotedRun(int from, int count) {
		long room = Math.min(this.valueCap - this.valueLength, (long) this.recordCap - this.recordLength);
		int limit = (int) Math.min(count, from + Math.max(0, room));
		int end = from;
		while (end < limit) {
			char c = this.input[end];
			if (c == '"' || c == '\n' || c == '\r') {
				break;
			}
			end++;
		}
		if (end > from) {
			int length = end - from;
			this.passed += length;
			this.recordLength += length;
			this.valueLength += length;
			this.previous = this.input[end - 1];
		}
		return end;
	}

	private void accept(char c) {
		boolean lineBreak = c == '\r' || (c == '\n' && this.previous != '\r');
		this.previous = c;
		switch (this.state) {
			case PLAIN -> {
				if (c == ',') {
					delimiter();
				}
				else if (c == '\n' || c == '\r') {
					endRecord();
				}
				else {
					content(lineBreak);
				}
			}
			case START -> {
				if (c == '"') {
					this.state = State.QUOTED;
					if (this.droppingRecord) {
						drop(false);
					}
					else {
						keep();
						this.quoteOpen = true;
					}
				}
				else if (c == ',') {
					delimiter();
				}
				else if (c == '\n' || c == '\r') {
					endRecord();
				}
				else {
					this.state = State.PLAIN;
					content(false);
				}
			}
			case QUOTED -> {
				if (c == '"') {
					this.state = State.QUOTE;
					this.quotePassed = !this.droppingValue && !this.droppingRecord;
					if (this.quotePassed) {
						keep();
					}
					else {
						drop(false);
					}
				}
				else {
					content(lineBreak);
				}
			}
			case QUOTE -> {
				if (c == '"') {
					escapedQuote();
				}
				else {
					closeQuote();
					after(c);
				}
			}
			case AFTER -> after(c);
		}
	}

	private void escapedQuote() {
		this.state = State.QUOTED;
		if (!this.quotePassed) {
			drop(false);
			return;
		}
		// the first quote of the pair is passed on already, so the second goes too
		keep();
		this.valueLength++;
		if (this.valueLength > this.valueCap) {
			this.droppingValue = true;
			insertAfter(Marks.VALUE_CUT);
		}
	}

	private void closeQuote() {
		this.state = State.AFTER;
		if (this.quoteOpen && !this.quotePassed) {
			insert('"');
		}
		this.quoteOpen = false;
	}

	// what follows a closing quote: the parser fails on anything but a comma or line
	// break, so it is passed on as it is
	private void after(char c) {
		if (c == ',') {
			delimiter();
		}
		else if (c == '\n' || c == '\r') {
			endRecord();
		}
		else if (this.droppingValue || this.droppingRecord) {
			drop(false);
		}
		else {
			keep();
		}
	}

	private void content(boolean lineBreak) {
		if (this.droppingValue || this.droppingRecord) {
			drop(lineBreak);
		}
		else if (this.valueLength == this.valueCap) {
			insert(Marks.VALUE_CUT);
			this.droppingValue = true;
			drop(lineBreak);
		}
		else if (this.recordLength >= this.recordCap) {
			insert(Marks.RECORD_CUT);
			this.droppingRecord = true;
			drop(lineBreak);
		}
		else {
			keep();
			this.valueLength++;
		}
	}

	private void delimiter() {
		this.state = State.START;
		this.valueLength = 0;
		this.droppingValue = false;
		if (this.droppingRecord) {
			drop(false);
			return;
		}
		keep();
		if (this.recordLength >= this.recordCap) {
			// the mark makes a value of its own, the last the parser sees
			this.droppingRecord = true;
			insertAfter(Marks.RECORD_CUT);
		}
	}

	// only ever outside quotes: a line break inside them is content
	private void endRecord() {
		keep();
		this.state = State.START;
		this.valueLength = 0;
		this.recordLength = 0;
		this.droppingValue = false;
		this.droppingRecord = false;
	}

	// the character looked at goes on as it is: it stays in the input until copied
	private void keep() {
		this.passed++;
		this.recordLength++;
	}

	private void drop(boolean lineBreak) {
		copyUpTo(this.at);
		this.uncopied = this.at + 1;
		if (lineBreak) {
			this.droppedLines++;
			this.drops.addLast(new long[] { this.passed, this.droppedLines });
		}
	}

	// a character the input does not have, before the one looked at
	private void insert(char c) {
		copyUpTo(this.at);
		add(c);
	}

	// a character the input does not have, after the one looked at, which is kept
	private void insertAfter(char c) {
		copyUpTo(this.at + 1);
		add(c);
	}

	private void add(char c) {
		if (this.changedEnd == this.changed.length) {
			this.changed = Arrays.copyOf(this.changed, this.changed.length * 2);
		}
		this.changed[this.changedEnd++] = c;
		this.passed++;
		this.recordLength++;
	}

	private void copyUpTo(int end) {
		int length = end - this.uncopied;
		if (length <= 0) {
			return;
		}
		if (this.changedEnd + length > this.changed.length) {
			this.changed = Arrays.copyOf(this.changed, Math.max(this.changed.length * 2, this.changedEnd + length));
		}
		System.arraycopy(this.input, this.uncopied, this.changed, this.changedEnd, length);
		this.changedEnd += length;
		this.uncopied = end;
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}

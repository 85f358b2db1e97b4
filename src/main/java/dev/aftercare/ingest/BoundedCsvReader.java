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

	private final char[] input = new char[8192];

	private char[] output = new char[16384];

	private int outputStart;

	private int outputEnd;

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
		this.in = in;
		this.valueCap = valueCap;
		this.recordCap = recordCap;
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
		while (this.outputStart == this.outputEnd) {
			if (!fill()) {
				return -1;
			}
		}
		int count = Math.min(length, this.outputEnd - this.outputStart);
		System.arraycopy(this.output, this.outputStart, buffer, offset, count);
		this.outputStart += count;
		return count;
	}

	// false at the end of the input, once everything is passed on
	private boolean fill() throws IOException {
		this.outputStart = 0;
		this.outputEnd = 0;
		int count = this.in.read(this.input);
		if (count < 0) {
			if (this.quoteOpen && (this.droppingValue || this.droppingRecord)) {
				pass('"');
				this.quoteOpen = false;
			}
			return this.outputEnd > 0;
		}
		for (int i = 0; i < count; i++) {
			accept(this.input[i]);
		}
		return true;
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
					endRecord(c);
				}
				else {
					content(c, false);
				}
			}
			case START -> {
				if (c == '"') {
					this.state = State.QUOTED;
					if (!this.droppingRecord) {
						pass(c);
						this.quoteOpen = true;
					}
				}
				else if (c == ',') {
					delimiter();
				}
				else if (c == '\n' || c == '\r') {
					endRecord(c);
				}
				else {
					this.state = State.PLAIN;
					content(c, false);
				}
			}
			case QUOTED -> {
				if (c == '"') {
					this.state = State.QUOTE;
					this.quotePassed = !this.droppingValue && !this.droppingRecord;
					if (this.quotePassed) {
						pass(c);
					}
				}
				else {
					content(c, lineBreak);
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
			return;
		}
		// the first quote of the pair is passed on already, so the second goes too
		pass('"');
		this.valueLength++;
		if (this.valueLength > this.valueCap) {
			cutValue();
		}
	}

	private void closeQuote() {
		this.state = State.AFTER;
		if (this.quoteOpen && !this.quotePassed) {
			pass('"');
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
			endRecord(c);
		}
		else if (!this.droppingValue && !this.droppingRecord) {
			pass(c);
		}
	}

	private void content(char c, boolean lineBreak) {
		if (this.droppingValue || this.droppingRecord) {
			drop(lineBreak);
		}
		else if (this.valueLength == this.valueCap) {
			cutValue();
			drop(lineBreak);
		}
		else if (this.recordLength >= this.recordCap) {
			cutRecord();
			drop(lineBreak);
		}
		else {
			pass(c);
			this.valueLength++;
		}
	}

	private void delimiter() {
		this.state = State.START;
		this.valueLength = 0;
		this.droppingValue = false;
		if (this.droppingRecord) {
			return;
		}
		pass(',');
		if (this.recordLength >= this.recordCap) {
			// the mark makes a value of its own, the last the parser sees
			cutRecord();
		}
	}

	// only ever outside quotes: a line break inside them is content
	private void endRecord(char c) {
		pass(c);
		this.state = State.START;
		this.valueLength = 0;
		this.recordLength = 0;
		this.droppingValue = false;
		this.droppingRecord = false;
	}

	private void cutValue() {
		pass(Marks.VALUE_CUT);
		this.droppingValue = true;
	}

	private void cutRecord() {
		pass(Marks.RECORD_CUT);
		this.droppingRecord = true;
	}

	private void drop(boolean lineBreak) {
		if (lineBreak) {
			this.droppedLines++;
			this.drops.addLast(new long[] { this.passed, this.droppedLines });
		}
	}

	private void pass(char c) {
		if (this.outputEnd == this.output.length) {
			this.output = Arrays.copyOf(this.output, this.output.length * 2);
		}
		this.output[this.outputEnd++] = c;
		this.passed++;
		this.recordLength++;
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}

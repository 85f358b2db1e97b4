package dev.aftercare.credits;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

import org.postgresql.PGConnection;

/**
 * Rows for one {@code COPY ... FROM STDIN (FORMAT csv)}: every text value quoted, so that
 * an empty string stays one and only a missing value becomes {@code NULL}.
 */
final class CopyRows {

	private final StringBuilder csv;

	private boolean firstValue = true;

	private int rows;

	CopyRows(int expectedRows) {
		this.csv = new StringBuilder(expectedRows * 128);
	}

	CopyRows text(String value) {
		separate();
		if (value != null) {
			this.csv.append('"');
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				if (c == '"') {
					this.csv.append('"');
				}
				this.csv.append(c);
			}
			this.csv.append('"');
		}
		return this;
	}

	CopyRows number(long value) {
		separate();
		this.csv.append(value);
		return this;
	}

	/** Exactly as given, scale included, like the driver's own binding. */
	CopyRows number(BigDecimal value) {
		separate();
		if (value != null) {
			this.csv.append(value.toPlainString());
		}
		return this;
	}

	CopyRows instant(Instant value) {
		separate();
		this.csv.append(value);
		return this;
	}

	CopyRows bool(boolean value) {
		separate();
		this.csv.append(value ? 't' : 'f');
		return this;
	}

	void endRow() {
		this.csv.append('\n');
		this.firstValue = true;
		this.rows++;
	}

	/**
	 * Sends the rows on {@code connection}, inside whatever transaction it is in.
	 * @param copy {@code COPY table (columns) FROM STDIN (FORMAT csv)}
	 */
	void copyInto(Connection connection, String copy) throws SQLException {
		if (this.rows == 0) {
			return;
		}
		try {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(this.csv.toString()));
		}
		catch (IOException ex) {
			throw new SQLException("cannot send the rows of " + copy + ": " + ex.getMessage(), ex);
		}
	}

	private void separate() {
		if (!this.firstValue) {
			this.csv.append(',');
		}
		this.firstValue = false;
	}

}

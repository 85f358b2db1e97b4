package dev.aftercare.speed;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A {@code COPY ... FROM STDIN (FORMAT csv)} fed row by row: rows gather as text and go
 * to the server in blocks, encoded once per block, while the server stores the blocks
 * before.
 */
public final class CopyStream implements AutoCloseable {

	private static final int BLOCK = 1 << 16;

	private final CopyIn copy;

	private final StringBuilder rows = new StringBuilder(BLOCK + 1024);

	private long count;

	private CopyStream(CopyIn copy) {
		this.copy = copy;
	}

	/** Starts {@code copySql} on {@code connection}, which it holds until closed. */
	public static CopyStream open(Connection connection, String copySql) throws SQLException {
		return new CopyStream(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql));
	}

	/** Where the next row goes: append its CSV text, then call {@link #endRow()}. */
	public StringBuilder row() {
		return this.rows;
	}

	public void endRow() throws SQLException {
		this.rows.append('\n');
		this.count++;
		if (this.rows.length() >= BLOCK) {
			send();
		}
	}

	/** Appends one row of values, each as {@link CopyCsv#value} writes it. */
	public void row(Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				this.rows.append(',');
			}
			CopyCsv.value(this.rows, values[i]);
		}
		endRow();
	}

	/** Rows sent so far. */
	public long count() {
		return this.count;
	}

	private void send() throws SQLException {
		byte[] block = this.rows.toString().getBytes(StandardCharsets.UTF_8);
		this.copy.writeToCopy(block, 0, block.length);
		this.rows.setLength(0);
	}

	/**
	 * Sends what is left and ends the COPY; when the COPY did not get that far, cancels
	 * it so that the connection can report the failure.
	 */
	@Override
	public void close() throws SQLException {
		if (!this.copy.isActive()) {
			return;
		}
		try {
			if (!this.rows.isEmpty()) {
				send();
			}
			this.copy.endCopy();
		}
		finally {
			if (this.copy.isActive()) {
				this.copy.cancelCopy();
			}
		}
	}

}

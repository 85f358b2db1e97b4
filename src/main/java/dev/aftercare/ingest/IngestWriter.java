package dev.aftercare.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.aftercare.ingest.RowInserts.RowInsert;

/**
 * Stores a chunk of checked rows: accepted ones in their table, rejected ones as rejects.
 */
class IngestWriter<T> implements ItemWriter<IngestedRow<T>> {

	private static final String INSERT_REJECT = """
			INSERT INTO input_reject (run_id, file, line, record, reason) VALUES (?, ?, ?, ?, ?)
			""";

	private final JdbcTemplate jdbc;

	private final long runId;

	private final RowInsert<T> insert;

	IngestWriter(JdbcTemplate jdbc, long runId, RowInsert<T> insert) {
		this.jdbc = jdbc;
		this.runId = runId;
		this.insert = insert;
	}

	@Override
	public void write(Chunk<? extends IngestedRow<T>> chunk) {
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			List<Object[]> accepted = new ArrayList<>();
			List<Object[]> rejected = new ArrayList<>();
			for (IngestedRow<T> item : chunk) {
				CsvRow row = item.row();
				if (item.checked().isAccepted()) {
					accepted
						.add(withRunId(this.insert.parameters().of(item.checked().value(), row.line(), connection)));
				}
				else {
					rejected.add(
							new Object[] { this.runId, row.file(), row.line(), row.record(), item.checked().reason() });
				}
			}
			if (this.insert.copy()) {
				copy(connection, accepted);
			}
			else {
				this.jdbc.batchUpdate(this.insert.sql(), accepted);
			}
			this.jdbc.batchUpdate(INSERT_REJECT, rejected);
			return null;
		});
	}

	private void copy(Connection connection, List<Object[]> rows) throws SQLException {
		if (rows.isEmpty()) {
			return;
		}
		StringBuilder csv = new StringBuilder(rows.size() * 64);
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
			for (Object[] row : rows) {
				printer.printRecord(row);
			}
			new CopyManager(connection.unwrap(BaseConnection.class)).copyIn(this.insert.sql(),
					new StringReader(csv.toString()));
		}
		catch (IOException ex) {
			throw new SQLException("cannot COPY into the usage table: " + ex.getMessage(), ex);
		}
	}

	private Object[] withRunId(Object[] parameters) {
		Object[] all = new Object[parameters.length + 1];
		all[0] = this.runId;
		System.arraycopy(parameters, 0, all, 1, parameters.length);
		return all;
	}

}

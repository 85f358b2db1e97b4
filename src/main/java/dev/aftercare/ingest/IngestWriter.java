package dev.aftercare.ingest;

import java.util.ArrayList;
import java.util.List;

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
			this.jdbc.batchUpdate(this.insert.sql(), accepted);
			this.jdbc.batchUpdate(INSERT_REJECT, rejected);
			return null;
		});
	}

	private Object[] withRunId(Object[] parameters) {
		Object[] all = new Object[parameters.length + 1];
		all[0] = this.runId;
		System.arraycopy(parameters, 0, all, 1, parameters.length);
		return all;
	}

}

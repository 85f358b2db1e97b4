package dev.aftercare.ingest;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.aftercare.ingest.RowInserts.RowInsert;
import dev.aftercare.run.ThisRun;
import dev.aftercare.speed.CopyCsv;
import dev.aftercare.speed.CopyStream;

/**
 * Stores a chunk of checked rows: accepted ones in their table, by {@code COPY}, which
 * PostgreSQL takes many times faster than the same rows as inserts, and rejected ones as
 * rejects.
 */
class IngestWriter<T> implements ItemWriter<IngestedRow<T>> {

	private final JdbcTemplate jdbc;

	private final ThisRun run;

	private final RowInsert<T> insert;

	IngestWriter(JdbcTemplate jdbc, ThisRun run, RowInsert<T> insert) {
		this.jdbc = jdbc;
		this.run = run;
		this.insert = insert;
	}

	@Override
	public void write(Chunk<? extends IngestedRow<T>> chunk) {
		long runId = this.run.id();
		List<Object[]> rejected = new ArrayList<>();
		this.jdbc.execute((ConnectionCallback<Long>) (connection) -> {
			try (CopyStream copy = CopyStream.open(connection, this.insert.copy())) {
				for (IngestedRow<T> item : chunk) {
					CsvRow row = item.row();
					if (item.checked().isAccepted()) {
						StringBuilder text = copy.row().append(runId);
						for (Object value : this.insert.values().apply(item.checked().value(), row.line())) {
							CopyCsv.value(text.append(','), value);
						}
						copy.endRow();
					}
					else {
						rejected.add(Rejects.of(runId, row, item.checked().reason()));
					}
				}
				return copy.count();
			}
		});
		Rejects.store(this.jdbc, rejected);
	}

}

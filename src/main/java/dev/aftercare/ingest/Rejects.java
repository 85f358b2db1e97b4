package dev.aftercare.ingest;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows that break the contract, kept with their file, line, record and reason for
 * {@code rejects.csv}.
 */
final class Rejects {

	private static final String INSERT = """
			INSERT INTO input_reject (run_id, file, line, record, reason) VALUES (?, ?, ?, ?, ?)
			""";

	private Rejects() {
	}

	/**
	 * The values of one reject, in the order {@link #store} takes them; record and reason
	 * made readable, and storable: PostgreSQL text takes no NUL.
	 */
	static Object[] of(long runId, CsvRow row, String reason) {
		return new Object[] { runId, row.file(), row.line(), RejectText.of(row.record()), RejectText.of(reason) };
	}

	static void store(JdbcTemplate jdbc, List<Object[]> rejects) {
		jdbc.batchUpdate(INSERT, rejects);
	}

}

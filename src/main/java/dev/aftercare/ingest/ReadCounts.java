package dev.aftercare.ingest;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How many rows of each input file a run read, restarts included, for the run summary.
 */
final class ReadCounts {

	private ReadCounts() {
	}

	/** For a file whose accepted rows are stored: the summary counts those. */
	static void record(JdbcTemplate jdbc, long runId, InputFile kind, long read) {
		record(jdbc, runId, kind, read, null);
	}

	/** For a file whose accepted rows are used as they are read and not stored. */
	static void record(JdbcTemplate jdbc, long runId, InputFile kind, long read, Long accepted) {
		record(jdbc, runId, kind.fileName(), read, accepted);
	}

	/** For one part of usage, named as its rejects name it. */
	static void record(JdbcTemplate jdbc, long runId, String file, long read, Long accepted) {
		jdbc.update("""
				INSERT INTO input_file_count (run_id, file, read, accepted) VALUES (?, ?, ?, ?)
				ON CONFLICT (run_id, file) DO UPDATE SET read = EXCLUDED.read, accepted = EXCLUDED.accepted
				""", runId, file, read, accepted);
	}

}

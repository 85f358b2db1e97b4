package dev.aftercare.ingest;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How many rows of each input file a run read, restarts included, for the run summary.
 */
final class ReadCounts {

	private ReadCounts() {
	}

	static void record(JdbcTemplate jdbc, long runId, InputFile kind, long read) {
		jdbc.update("""
				INSERT INTO input_file_count (run_id, file, read) VALUES (?, ?, ?)
				ON CONFLICT (run_id, file) DO UPDATE SET read = EXCLUDED.read
				""", runId, kind.fileName(), read);
	}

}

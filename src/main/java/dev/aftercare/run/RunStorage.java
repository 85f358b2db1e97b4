package dev.aftercare.run;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where a run keeps its copy of the input, deleted once its outputs are recorded. What
 * the run computed, rejected and exported stays, for audit.
 */
public final class RunStorage {

	private static final String[] INPUT_TABLES = { "in_customer", "in_subscription", "in_incident", "in_incident_event",
			"in_ticket", "impact_window", "reliance" };

	private RunStorage() {
	}

	public static void dropInputs(JdbcTemplate jdbc, long runId) {
		for (String table : INPUT_TABLES) {
			jdbc.update("DELETE FROM " + table + " WHERE run_id = ?", runId);
		}
	}

	/**
	 * Fresh statistics for what a run has just loaded or computed, so that PostgreSQL
	 * plans the next queries for the rows that are there now, not for an empty table.
	 */
	public static void analyze(JdbcTemplate jdbc, String... tables) {
		for (String table : tables) {
			jdbc.execute("ANALYZE " + table);
		}
	}

}

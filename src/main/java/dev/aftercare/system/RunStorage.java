package dev.aftercare.system;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where a run keeps its copy of the input: usage in a partition of its own, made when the
 * run starts and dropped, with the other inputs, once its outputs are recorded. What the
 * run computed, rejected and exported stays, for audit.
 */
public final class RunStorage {

	private static final String[] INPUT_TABLES = { "in_customer", "in_subscription", "in_incident", "in_incident_event",
			"in_ticket", "impact_window", "reliance" };

	private RunStorage() {
	}

	static void createUsagePartition(JdbcTemplate jdbc, long runId) {
		jdbc.execute("CREATE TABLE IF NOT EXISTS " + usagePartition(runId) + " PARTITION OF in_usage FOR VALUES IN ("
				+ runId + ")");
	}

	/**
	 * Empties the run's usage partition for a load from the top; returns its name, for a
	 * COPY straight into it.
	 */
	public static String emptyUsagePartition(JdbcTemplate jdbc, long runId) {
		jdbc.execute("TRUNCATE " + usagePartition(runId));
		return usagePartition(runId);
	}

	static void dropInputs(JdbcTemplate jdbc, long runId) {
		jdbc.execute("DROP TABLE IF EXISTS " + usagePartition(runId));
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

	private static String usagePartition(long runId) {
		// a number from the job repository, never input: safe to put in a table name
		return "in_usage_run_" + runId;
	}

}

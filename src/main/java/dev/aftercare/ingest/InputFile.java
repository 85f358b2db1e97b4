package dev.aftercare.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The input files of the data contract, in the order they must be loaded: every reference
 * points to a file loaded before.
 */
public enum InputFile {

	CUSTOMERS("customers.csv", false, List.of("customer_id", "name", "plan", "currency"),
			List.of("contact_name", "email", "phone", "preferred_channel", "account_manager")),

	SUBSCRIPTIONS("subscriptions.csv", false, List.of("customer_id", "service", "region", "monthly_fee", "started_on"),
			List.of("ended_on")),

	INCIDENTS("incidents.csv", false,
			List.of("incident_id", "title", "severity", "type", "services", "regions", "started_at"),
			List.of("detected_at", "resolved_at", "announced_at", "sla_exclusion", "customer_impact", "public_cause",
					"root_cause", "workaround", "remediation")),

	// status is required only for kind=status, so the header may lack it
	INCIDENT_EVENTS("incident_events.csv", false, List.of("incident_id", "occurred_at", "kind", "visibility"),
			List.of("status", "services", "regions", "channel", "author", "message")),

	USAGE("usage.csv", false, List.of("customer_id", "service", "region", "date", "requests"), List.of("errors")),

	TICKETS("tickets.csv", true, List.of("ticket_id", "customer_id", "opened_at", "channel"),
			List.of("incident_id", "public", "sentiment", "subject"));

	private final String fileName;

	private final boolean optional;

	private final List<String> requiredColumns;

	private final List<String> optionalColumns;

	InputFile(String fileName, boolean optional, List<String> requiredColumns, List<String> optionalColumns) {
		this.fileName = fileName;
		this.optional = optional;
		this.requiredColumns = requiredColumns;
		this.optionalColumns = optionalColumns;
	}

	public String fileName() {
		return this.fileName;
	}

	/** Whether a run goes on without this file. */
	public boolean optional() {
		return this.optional;
	}

	/** The columns the header must have. */
	public List<String> requiredColumns() {
		return this.requiredColumns;
	}

	/** The columns the contract defines that the header may lack. */
	public List<String> optionalColumns() {
		return this.optionalColumns;
	}

	/**
	 * SQL {@code ORDER BY} terms that order rows by their file, in load order, and the
	 * parts of usage by name among themselves: for queries over rejects and counts whose
	 * {@code column} holds a file name.
	 */
	public static String sqlOrder(String column) {
		String kind = "CASE WHEN " + column + " LIKE '" + UsageParts.FOLDER + "/%' THEN '" + USAGE.fileName + "' ELSE "
				+ column + " END";
		return Arrays.stream(values())
			.map((file) -> "'" + file.fileName + "'")
			.collect(Collectors.joining(", ", "array_position(ARRAY[",
					"], " + kind + "), " + column + " COLLATE \"C\""));
	}

	/** Whether the contract defines {@code column} for this file. */
	public boolean defines(String column) {
		return this.requiredColumns.contains(column) || this.optionalColumns.contains(column);
	}

}

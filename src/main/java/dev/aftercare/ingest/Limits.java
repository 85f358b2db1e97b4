package dev.aftercare.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * The most characters (UTF-16 units, as Java counts them) each column of the inputs may
 * hold; a row over a limit is rejected. A column means the same in every file it is in,
 * so its limit is the same too. The limits are generous for real text and keep every
 * output's cost, and the memory a row takes, small: a value goes into PDFs, workbooks,
 * Markdown and file names, and the limits stay under Excel's 32,767 characters per cell.
 * The README's Inputs section lists them.
 */
final class Limits {

	/** customer_id, incident_id, ticket_id. */
	static final int ID = 200;

	/** plan, service, region. */
	static final int NAME = 100;

	/** Codes, numbers, dates and instants: their longest valid form is far shorter. */
	static final int CODE = 64;

	/** A person or a company. */
	static final int PERSON = 300;

	static final int EMAIL = 254;

	static final int PHONE = 64;

	static final int TITLE = 300;

	static final int SUBJECT = 500;

	/** A {@code ;} list of services or regions. */
	static final int LIST = 2_000;

	/** Descriptions, messages and the remediation list. */
	static final int TEXT = 5_000;

	/**
	 * The most characters of a value the reader keeps: past it, the rest of the value is
	 * dropped unread into memory and the value is marked cut, so it is over every limit.
	 */
	static final int VALUE_CAP = TEXT;

	/**
	 * The most characters of a record the reader keeps, quotes and commas included: far
	 * more than a row within the limits needs, so only a row over them is cut.
	 */
	static final int RECORD_CAP = 65_536;

	private static final Map<String, Integer> BY_COLUMN = new HashMap<>();

	static {
		limit(ID, "customer_id", "incident_id", "ticket_id");
		limit(NAME, "plan", "service", "region");
		limit(CODE, "currency", "preferred_channel", "monthly_fee", "started_on", "ended_on", "severity", "type",
				"started_at", "detected_at", "resolved_at", "announced_at", "sla_exclusion", "occurred_at", "kind",
				"status", "visibility", "channel", "date", "requests", "errors", "opened_at", "public", "sentiment");
		limit(PERSON, "name", "contact_name", "account_manager", "author");
		limit(EMAIL, "email");
		limit(PHONE, "phone");
		limit(TITLE, "title");
		limit(SUBJECT, "subject");
		limit(LIST, "services", "regions");
		limit(TEXT, "customer_impact", "public_cause", "root_cause", "workaround", "remediation", "message");
	}

	private Limits() {
	}

	private static void limit(int limit, String... columns) {
		for (String column : columns) {
			BY_COLUMN.put(column, limit);
		}
	}

	/** The limit of a column the contract defines. */
	static int of(String column) {
		Integer limit = BY_COLUMN.get(column);
		if (limit == null) {
			throw new IllegalArgumentException("no limit for column '" + column + "'");
		}
		return limit;
	}

	static boolean has(String column) {
		return BY_COLUMN.containsKey(column);
	}

}

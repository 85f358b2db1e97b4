package dev.aftercare.generate;

import java.util.List;

/** The header of each input file, in the order of the data contract. */
final class Columns {

	static final List<String> CUSTOMERS = List.of("customer_id", "name", "plan", "currency", "contact_name", "email",
			"phone", "preferred_channel", "account_manager");

	static final List<String> SUBSCRIPTIONS = List.of("customer_id", "service", "region", "monthly_fee", "started_on",
			"ended_on");

	static final List<String> INCIDENTS = List.of("incident_id", "title", "severity", "type", "services", "regions",
			"started_at", "detected_at", "resolved_at", "announced_at", "sla_exclusion", "customer_impact",
			"public_cause", "root_cause", "workaround", "remediation");

	static final List<String> INCIDENT_EVENTS = List.of("incident_id", "occurred_at", "kind", "status", "services",
			"regions", "visibility", "channel", "author", "message");

	static final List<String> USAGE = List.of("customer_id", "service", "region", "date", "requests", "errors");

	static final List<String> TICKETS = List.of("ticket_id", "customer_id", "incident_id", "opened_at", "channel",
			"public", "sentiment", "subject");

	private Columns() {
	}

}

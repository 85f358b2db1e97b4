package dev.aftercare.ingest;

import java.util.List;
import java.util.function.BiFunction;

import dev.aftercare.model.Customer;
import dev.aftercare.model.Incident;
import dev.aftercare.model.IncidentEvent;
import dev.aftercare.model.Subscription;
import dev.aftercare.model.Ticket;

/**
 * Where an accepted row of each file is stored: its table, its columns and their values.
 */
final class RowInserts {

	static final RowInsert<Customer> CUSTOMER = new RowInsert<>("in_customer",
			List.of("customer_id", "line", "name", "plan", "currency", "contact_name", "email", "phone",
					"preferred_channel", "account_manager"),
			(c, line) -> new Object[] { c.customerId(), line, c.name(), c.plan(), c.currency(), c.contactName(),
					c.email(), c.phone(), c.preferredChannel(), c.accountManager() });

	static final RowInsert<Subscription> SUBSCRIPTION = new RowInsert<>("in_subscription",
			List.of("customer_id", "service", "region", "line", "monthly_fee", "monthly_fee_text", "started_on",
					"ended_on"),
			(s, line) -> new Object[] { s.customerId(), s.service(), s.region(), line, s.monthlyFee(),
					s.monthlyFeeText(), s.startedOn(), s.endedOn() });

	static final RowInsert<Incident> INCIDENT = new RowInsert<>("in_incident",
			List.of("incident_id", "line", "title", "severity", "type", "services", "regions", "started_at",
					"detected_at", "resolved_at", "announced_at", "sla_exclusion", "customer_impact", "public_cause",
					"root_cause", "workaround", "remediation"),
			(i, line) -> new Object[] { i.incidentId(), line, i.title(), i.severity().code(), i.type().code(),
					i.services(), i.regions(), i.startedAt(), i.detectedAt(), i.resolvedAt(), i.announcedAt(),
					(i.slaExclusion() != null) ? i.slaExclusion().code() : null, i.customerImpact(), i.publicCause(),
					i.rootCause(), i.workaround(), i.remediation() });

	static final RowInsert<IncidentEvent> EVENT = new RowInsert<>("in_incident_event",
			List.of("line", "incident_id", "occurred_at", "kind", "status", "services", "regions", "visibility",
					"channel", "author", "message"),
			(e, line) -> new Object[] { line, e.incidentId(), e.occurredAt(), e.kind().code(),
					(e.status() != null) ? e.status().code() : null, e.services(), e.regions(), e.visibility().code(),
					e.channel(), e.author(), e.message() });

	static final RowInsert<Ticket> TICKET = new RowInsert<>("in_ticket",
			List.of("ticket_id", "line", "customer_id", "incident_id", "opened_at", "channel", "public_channel",
					"sentiment", "subject"),
			(t, line) -> new Object[] { t.ticketId(), line, t.customerId(), t.incidentId(), t.openedAt(), t.channel(),
					t.publicChannel(), t.sentiment(), t.subject() });

	private RowInserts() {
	}

	/**
	 * How one file's accepted rows are stored; the run id comes before {@code columns}.
	 *
	 * @param <T> the record a valid row becomes
	 * @param table the table
	 * @param columns the columns after the run id
	 * @param values a record and its line to the values of {@code columns}
	 */
	record RowInsert<T>(String table, List<String> columns, BiFunction<T, Long, Object[]> values) {

		/** The {@code COPY} that takes the rows as CSV. */
		String copy() {
			return "COPY " + this.table + " (run_id, " + String.join(", ", this.columns) + ") FROM STDIN (FORMAT csv)";
		}

	}

}

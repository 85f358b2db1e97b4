package dev.aftercare.ingest;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.aftercare.model.Customer;
import dev.aftercare.model.Incident;
import dev.aftercare.model.IncidentEvent;
import dev.aftercare.model.Subscription;
import dev.aftercare.model.Ticket;
import dev.aftercare.model.Usage;

/** How an accepted row of each file is stored: its SQL and its parameters. */
final class RowInserts {

	static final RowInsert<Customer> CUSTOMER = new RowInsert<>("""
			INSERT INTO in_customer (run_id, customer_id, line, name, plan, currency, contact_name, email, phone,
			                         preferred_channel, account_manager)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""", (c, line, connection) -> new Object[] { c.customerId(), line, c.name(), c.plan(), c.currency(),
			c.contactName(), c.email(), c.phone(), c.preferredChannel(), c.accountManager() });

	static final RowInsert<Subscription> SUBSCRIPTION = new RowInsert<>("""
			INSERT INTO in_subscription (run_id, customer_id, service, region, line, monthly_fee, monthly_fee_text,
			                             started_on, ended_on)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
			""", (s, line, connection) -> new Object[] { s.customerId(), s.service(), s.region(), line, s.monthlyFee(),
			s.monthlyFeeText(), date(s.startedOn()), date(s.endedOn()) });

	static final RowInsert<Incident> INCIDENT = new RowInsert<>("""
			INSERT INTO in_incident (run_id, incident_id, line, title, severity, type, services, regions, started_at,
			                         detected_at, resolved_at, announced_at, sla_exclusion, customer_impact,
			                         public_cause, root_cause, workaround, remediation)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""",
			(i, line,
					connection) -> new Object[] { i.incidentId(), line, i.title(), i.severity().code(), i.type().code(),
							array(connection, i.services()), array(connection, i.regions()), timestamp(i.startedAt()),
							timestamp(i.detectedAt()), timestamp(i.resolvedAt()), timestamp(i.announcedAt()),
							(i.slaExclusion() != null) ? i.slaExclusion().code() : null, i.customerImpact(),
							i.publicCause(), i.rootCause(), i.workaround(), array(connection, i.remediation()) });

	static final RowInsert<IncidentEvent> EVENT = new RowInsert<>("""
			INSERT INTO in_incident_event (run_id, line, incident_id, occurred_at, kind, status, services, regions,
			                               visibility, channel, author, message)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""",
			(e, line, connection) -> new Object[] { line, e.incidentId(), timestamp(e.occurredAt()), e.kind().code(),
					(e.status() != null) ? e.status().code() : null, array(connection, e.services()),
					array(connection, e.regions()), e.visibility().code(), e.channel(), e.author(), e.message() });

	// usage is most of the input: it goes in by COPY, the fastest way into PostgreSQL
	static final RowInsert<Usage> USAGE = new RowInsert<>(true, """
			COPY in_usage (run_id, customer_id, service, region, usage_date, requests, errors)
			FROM STDIN (FORMAT csv)
			""", (u, line, connection) -> new Object[] { u.customerId(), u.service(), u.region(), date(u.date()),
			u.requests(), u.errors() });

	static final RowInsert<Ticket> TICKET = new RowInsert<>("""
			INSERT INTO in_ticket (run_id, ticket_id, line, customer_id, incident_id, opened_at, channel,
			                       public_channel, sentiment, subject)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""", (t, line, connection) -> new Object[] { t.ticketId(), line, t.customerId(), t.incidentId(),
			timestamp(t.openedAt()), t.channel(), t.publicChannel(), t.sentiment(), t.subject() });

	private RowInserts() {
	}

	private static Date date(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static java.sql.Array array(Connection connection, List<String> values) throws SQLException {
		return connection.createArrayOf("text", values.toArray());
	}

	/**
	 * The insert of one file's accepted rows; the run id comes first in every statement.
	 */
	record RowInsert<T>(boolean copy, String sql, Parameters<T> parameters) {

		RowInsert(String sql, Parameters<T> parameters) {
			this(false, sql, parameters);
		}

	}

	@FunctionalInterface
	interface Parameters<T> {

		/** The statement's parameters after the run id. */
		Object[] of(T value, long line, Connection connection) throws SQLException;

	}

}

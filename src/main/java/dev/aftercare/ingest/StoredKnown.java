package dev.aftercare.ingest;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import dev.aftercare.impact.IncidentStore;
import dev.aftercare.model.Incident;
import dev.aftercare.model.Subscription;
import dev.aftercare.model.Ticket;
import dev.aftercare.run.ThisRun;

/**
 * What a run has accepted so far, read from the database when a file's step opens: the
 * files loaded before, and on a restart the rows of this file that were already stored.
 */
final class StoredKnown {

	private StoredKnown() {
	}

	/**
	 * @param customers the run's customers, asked for by every file after the customers'
	 * own
	 */
	static Known load(JdbcTemplate jdbc, ThisRun run, InputFile file, RunCustomers customers) {
		long runId = run.id();
		InMemoryKnown known = (file == InputFile.CUSTOMERS) ? RunCustomers.stored(jdbc, runId)
				: InMemoryKnown.withCustomersOf(customers.known(run));
		if (file == InputFile.SUBSCRIPTIONS) {
			jdbc.query("SELECT customer_id, service, region, line FROM in_subscription WHERE run_id = ?",
					(RowCallbackHandler) (rs) -> known.addSubscription(
							new Subscription(rs.getString(1), rs.getString(2), rs.getString(3), null, null, null, null),
							rs.getLong(4)),
					runId);
		}
		if (file == InputFile.INCIDENTS || file == InputFile.INCIDENT_EVENTS || file == InputFile.TICKETS) {
			Map<String, Long> lines = new HashMap<>();
			jdbc.query("SELECT incident_id, line FROM in_incident WHERE run_id = ?",
					(RowCallbackHandler) (rs) -> lines.put(rs.getString(1), rs.getLong(2)), runId);
			for (Incident incident : new IncidentStore(jdbc).incidents(runId)) {
				known.addIncident(incident, lines.get(incident.incidentId()));
			}
		}
		if (file == InputFile.TICKETS) {
			jdbc.query("SELECT ticket_id, line FROM in_ticket WHERE run_id = ?",
					(RowCallbackHandler) (rs) -> known.addTicket(
							new Ticket(rs.getString(1), null, null, null, null, false, null, null), rs.getLong(2)),
					runId);
		}
		return known;
	}

}

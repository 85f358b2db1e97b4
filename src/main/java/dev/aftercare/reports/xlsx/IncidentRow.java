package dev.aftercare.reports.xlsx;

import java.time.Instant;

import dev.aftercare.model.Incident;

/**
 * An incident as the Incidents sheet shows it.
 *
 * @param impactStart first instant of its impact window, {@code null} while open
 * @param impactEnd end of its impact window, {@code null} while open
 * @param exclusionReason why it does not count towards SLA downtime, or {@code null}
 * @param subscriptions subscriptions it affected
 * @param customers customers it affected
 */
record IncidentRow(Incident incident, Instant impactStart, Instant impactEnd, String exclusionReason,
		long subscriptions, long customers) {

	String incidentId() {
		return this.incident.incidentId();
	}

	String title() {
		return this.incident.title();
	}

	boolean isOpen() {
		return !this.incident.isResolved();
	}

}

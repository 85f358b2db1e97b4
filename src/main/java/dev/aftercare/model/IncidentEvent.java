package dev.aftercare.model;

import java.time.Instant;
import java.util.List;

/**
 * A row of {@code incident_events.csv}. {@code line} keeps file order for events at the
 * same instant. Empty {@code services} or {@code regions} mean all of the incident's.
 */
public record IncidentEvent(String incidentId, long line, Instant occurredAt, EventKind kind, Status status,
		List<String> services, List<String> regions, Visibility visibility, String channel, String author,
		String message) {

	public boolean isStatus() {
		return this.kind == EventKind.STATUS;
	}

	public boolean isPublic() {
		return this.visibility == Visibility.PUBLIC;
	}

	public boolean appliesTo(String service, String region) {
		return (this.services.isEmpty() || this.services.contains(service))
				&& (this.regions.isEmpty() || this.regions.contains(region));
	}

}

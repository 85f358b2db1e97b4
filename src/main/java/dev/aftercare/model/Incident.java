package dev.aftercare.model;

import java.time.Instant;
import java.util.List;

/**
 * A row of {@code incidents.csv}. {@code regions} is empty when the incident covers every
 * region ({@code *}); optional values are {@code null} when absent.
 */
public record Incident(String incidentId, String title, Severity severity, IncidentType type, List<String> services,
		List<String> regions, Instant startedAt, Instant detectedAt, Instant resolvedAt, Instant announcedAt,
		SlaExclusion slaExclusion, String customerImpact, String publicCause, String rootCause, String workaround,
		List<String> remediation) {

	public boolean allRegions() {
		return this.regions.isEmpty();
	}

	public boolean isResolved() {
		return this.resolvedAt != null;
	}

	public boolean covers(String service, String region) {
		return this.services.contains(service) && (allRegions() || this.regions.contains(region));
	}

}

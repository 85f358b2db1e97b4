package dev.aftercare.generate;

import java.time.Instant;
import java.util.List;

/**
 * An incident and its timeline.
 *
 * @param regions the regions; empty for {@code *}, every region
 * @param resolvedAt {@code null} while still open
 */
record GeneratedIncident(String id, String title, String severity, String type, List<String> services,
		List<String> regions, Instant startedAt, Instant detectedAt, Instant resolvedAt, Instant announcedAt,
		String slaExclusion, String customerImpact, String publicCause, String rootCause, String workaround,
		List<String> remediation, List<GeneratedEvent> events) {

	boolean allRegions() {
		return this.regions.isEmpty();
	}

	boolean inScope(String service, String region) {
		return this.services.contains(service) && (allRegions() || this.regions.contains(region));
	}

	boolean maintenance() {
		return "maintenance".equals(this.type);
	}

	GeneratedIncident withId(String id) {
		return new GeneratedIncident(id, this.title, this.severity, this.type, this.services, this.regions,
				this.startedAt, this.detectedAt, this.resolvedAt, this.announcedAt, this.slaExclusion,
				this.customerImpact, this.publicCause, this.rootCause, this.workaround, this.remediation, this.events);
	}

}

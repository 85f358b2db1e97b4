package dev.aftercare.generate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The contract's status rules for one (incident, service, region): without status events
 * the whole scope is down; otherwise each status event sets the status of what it names,
 * in time order, cut to the incident's start and resolution.
 */
final class StatusSegments {

	private static final String OPERATIONAL = "operational";

	private StatusSegments() {
	}

	/**
	 * The time not operational, in order; an open incident runs until {@code openUntil}.
	 */
	static List<Segment> of(GeneratedIncident incident, String service, String region, Instant openUntil) {
		Instant end = (incident.resolvedAt() != null) ? incident.resolvedAt() : openUntil;
		List<GeneratedEvent> statuses = incident.events().stream().filter(GeneratedEvent::isStatus).toList();
		if (statuses.isEmpty()) {
			String status = incident.maintenance() ? "under_maintenance" : "major_outage";
			return end.isAfter(incident.startedAt()) ? List.of(new Segment(incident.startedAt(), end, status))
					: List.of();
		}
		List<Segment> segments = new ArrayList<>();
		String current = OPERATIONAL;
		Instant since = incident.startedAt();
		for (GeneratedEvent event : statuses) {
			if (!applies(event, service, region)) {
				continue;
			}
			Instant at = event.at().isBefore(incident.startedAt()) ? incident.startedAt() : event.at();
			if (at.isAfter(end)) {
				at = end;
			}
			addSegment(segments, since, at, current);
			current = event.status();
			since = at;
		}
		addSegment(segments, since, end, current);
		return segments;
	}

	private static boolean applies(GeneratedEvent event, String service, String region) {
		return (event.services().isEmpty() || event.services().contains(service))
				&& (event.regions().isEmpty() || event.regions().contains(region));
	}

	private static void addSegment(List<Segment> segments, Instant from, Instant to, String status) {
		if (!OPERATIONAL.equals(status) && to.isAfter(from)) {
			segments.add(new Segment(from, to, status));
		}
	}

	/** A stretch of time with one status other than operational. */
	record Segment(Instant from, Instant to, String status) {
	}

}

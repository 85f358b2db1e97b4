package dev.aftercare.impact;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

import dev.aftercare.model.Incident;
import dev.aftercare.model.IncidentEvent;
import dev.aftercare.model.Interval;
import dev.aftercare.terms.Terms;

/**
 * A resolved incident with its status events: the timeline of each (service, region) of
 * its scope, and whether it counts towards SLA downtime.
 */
public final class IncidentImpact {

	/**
	 * Stands for "every region no status event names" of an incident that covers all
	 * regions: they all share one timeline.
	 */
	public static final String OTHER_REGIONS = "*";

	private final Incident incident;

	private final List<IncidentEvent> statusEvents;

	private final String exclusionReason;

	// one catalog serves every compute partition of a run, side by side on threads of
	// their own: its timelines are built on first use, by whichever thread comes first
	private final Map<String, StatusTimeline> timelines = new ConcurrentHashMap<>();

	public IncidentImpact(Incident incident, List<IncidentEvent> events, Terms terms) {
		if (!incident.isResolved()) {
			throw new IllegalArgumentException("incident " + incident.incidentId() + " is still open");
		}
		this.incident = incident;
		this.statusEvents = events.stream().filter(IncidentEvent::isStatus).toList();
		this.exclusionReason = Exclusion.reason(incident, terms);
	}

	public Incident incident() {
		return this.incident;
	}

	public String incidentId() {
		return this.incident.incidentId();
	}

	public boolean isExcluded() {
		return this.exclusionReason != null;
	}

	/** Why it does not count towards SLA downtime, or {@code null} when it does. */
	public String exclusionReason() {
		return this.exclusionReason;
	}

	/** The timeline of a (service, region) of the scope; empty outside the scope. */
	public StatusTimeline timeline(String service, String region) {
		if (!this.incident.covers(service, region) && !OTHER_REGIONS.equals(region)) {
			return new StatusTimeline(List.of());
		}
		return this.timelines.computeIfAbsent(service + '\u0000' + region,
				(key) -> TimelineBuilder.build(this.incident, this.statusEvents, service, region));
	}

	/**
	 * Every distinct timeline of the scope, keyed by service and region. For an incident
	 * over all regions, the regions no event names share the key {@link #OTHER_REGIONS}.
	 */
	public List<ScopeTimeline> scopeTimelines() {
		List<ScopeTimeline> result = new ArrayList<>();
		for (String service : this.incident.services()) {
			for (String region : regionsOfScope()) {
				result.add(new ScopeTimeline(service, region, timeline(service, region)));
			}
		}
		return result;
	}

	/**
	 * Whether some instant of its impact, in any part of its scope, lies in {@code span}.
	 */
	public boolean meets(Interval span) {
		return scopeTimelines().stream().anyMatch((scope) -> scope.timeline().meets(span));
	}

	private Set<String> regionsOfScope() {
		Set<String> regions = new LinkedHashSet<>(this.incident.regions());
		if (this.incident.allRegions()) {
			this.statusEvents.forEach((event) -> regions.addAll(event.regions()));
			regions.add(OTHER_REGIONS);
		}
		return regions;
	}

	/** One (service, region) of the scope and its timeline. */
	public record ScopeTimeline(String service, String region, StatusTimeline timeline) {
	}

}

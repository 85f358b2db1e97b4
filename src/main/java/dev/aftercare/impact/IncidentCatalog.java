package dev.aftercare.impact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.aftercare.model.Incident;
import dev.aftercare.model.IncidentEvent;
import dev.aftercare.model.Interval;
import dev.aftercare.terms.Terms;

/**
 * The incidents of a run that matter for a period: the resolved ones whose impact meets
 * it, and the open ones, which wait for a later run.
 */
public final class IncidentCatalog {

	private final Map<String, IncidentImpact> inPeriod = new LinkedHashMap<>();

	private final List<Incident> open = new ArrayList<>();

	private final Map<String, List<IncidentEvent>> events;

	public IncidentCatalog(List<Incident> incidents, Map<String, List<IncidentEvent>> events, Terms terms,
			Interval period) {
		this.events = events;
		for (Incident incident : incidents) {
			if (!incident.isResolved()) {
				this.open.add(incident);
				continue;
			}
			IncidentImpact impact = new IncidentImpact(incident, eventsOf(incident.incidentId()), terms);
			if (impact.meets(period)) {
				this.inPeriod.put(incident.incidentId(), impact);
			}
		}
	}

	/** Resolved incidents with an instant of impact inside the period, by id. */
	public Collection<IncidentImpact> inPeriod() {
		return this.inPeriod.values();
	}

	public IncidentImpact get(String incidentId) {
		IncidentImpact impact = this.inPeriod.get(incidentId);
		if (impact == null) {
			throw new IllegalArgumentException("no resolved incident " + incidentId + " meets the period");
		}
		return impact;
	}

	/** Incidents still open: they take no part in credits yet. */
	public List<Incident> open() {
		return List.copyOf(this.open);
	}

	/** The whole timeline of an incident, public and internal, in order. */
	public List<IncidentEvent> eventsOf(String incidentId) {
		return this.events.getOrDefault(incidentId, List.of());
	}

}

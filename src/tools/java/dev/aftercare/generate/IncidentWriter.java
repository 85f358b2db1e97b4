package dev.aftercare.generate;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** Writes incidents and their timelines: instants in UTC, lists joined by {@code ;}. */
final class IncidentWriter {

	private IncidentWriter() {
	}

	static void write(List<GeneratedIncident> incidents, CsvOut incidentsOut, CsvOut eventsOut) throws IOException {
		for (GeneratedIncident incident : incidents) {
			incidentsOut.row(incident.id(), incident.title(), incident.severity(), incident.type(),
					String.join(";", incident.services()),
					incident.allRegions() ? "*" : String.join(";", incident.regions()), text(incident.startedAt()),
					text(incident.detectedAt()), text(incident.resolvedAt()), text(incident.announcedAt()),
					incident.slaExclusion(), incident.customerImpact(), incident.publicCause(), incident.rootCause(),
					incident.workaround(), String.join(";", incident.remediation()));
			for (GeneratedEvent event : incident.events()) {
				eventsOut.row(incident.id(), text(event.at()), event.kind(), event.status(),
						String.join(";", event.services()), String.join(";", event.regions()), event.visibility(),
						event.channel(), event.author(), event.message());
			}
		}
	}

	static String text(Instant instant) {
		return (instant != null) ? instant.toString() : null;
	}

}
